package org.svcworkbench.svc.diagram.blueprint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.ElkLayered;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.graph.LGraph;
import org.eclipse.elk.alg.layered.graph.LNode;
import org.eclipse.elk.alg.layered.graph.Layer;
import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.alg.ILayoutProcessor;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Orders steps in time with ELK's layered algorithm: each layer becomes a column (a step a flow
 * leads to stands in a later column, cycles are broken by ELK), and the order ELK gives steps inside
 * a layer (crossing minimisation) is kept within each lane.
 *
 * <p>Only the layers and the order within them are read, so ELK is stopped once they are decided:
 * sizing, placing and routing came after them and were two fifths of a blueprint's layout time,
 * about 4 % of documenting a portfolio. The run is ELK's own step-by-step one (its white-box test
 * interface), with the same configuration as a whole layout, so the layers and orders are those a
 * whole layout ends with (its node placer keeps the order of a layer; BlueprintLayoutTest and the
 * golden files check the columns).
 */
public final class StepColumns {

	/** Column of every step and its rank within the column (top to bottom in ELK's layout). */
	public record Placement(int column, int rank) {
	}

	/**
	 * The first step after the order within layers is decided. ELK does not export its processors'
	 * package, so it is known by name; were it renamed, the whole layout would run, as before.
	 */
	private static final String SIZING = "org.eclipse.elk.alg.layered.intermediate.LabelAndNodeSizeProcessor";

	/**
	 * One per thread, reused as ELK's layout engine reuses its providers: a provider keeps the
	 * processors it assembled, which a new one built again for every blueprint.
	 */
	private static final ThreadLocal<LayeredLayoutProvider> PROVIDER = ThreadLocal.withInitial(LayeredLayoutProvider::new);

	private static volatile boolean registered;

	/** Outside the Eclipse extension registry ELK's algorithms (and its property types) must be registered by hand, once. */
	private static void registerLayered() {
		if (!registered) {
			synchronized (StepColumns.class) {
				if (!registered) {
					LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
					registered = true;
				}
			}
		}
	}

	/**
	 * @param sizes width and height of each step, in description order
	 * @param flows pairs of step ids
	 */
	public static Map<String, Placement> place(Map<String, double[]> sizes, List<String[]> flows) {
		List<String> chain = singleChain(sizes.keySet(), flows);
		if (chain == null) {
			return placeWithElk(sizes, flows);
		}
		Map<String, Placement> placements = new LinkedHashMap<>();
		for (String id : sizes.keySet()) {
			placements.put(id, null);
		}
		for (int column = 0; column < chain.size(); column++) {
			placements.put(chain.get(column), new Placement(column, 0));
		}
		return placements;
	}

	/**
	 * The steps in flow order when the flows make one chain through all of them (each step leads to
	 * at most one and is led to from at most one, no cycle), else null. A chain leaves ELK no choice:
	 * a step a column, in flow order, as its layering gives (StepColumnsTest compares the two); many
	 * blueprints are one, and ELK's set-up and sweeps were most of their layout.
	 */
	static List<String> singleChain(java.util.Set<String> steps, List<String[]> flows) {
		Map<String, String> next = new HashMap<>(), previous = new HashMap<>();
		for (String[] flow : flows) {
			if (!steps.contains(flow[0]) || !steps.contains(flow[1]) || flow[0].equals(flow[1])) {
				continue; // as ELK is given them: flows from or to no step, and loops, are left out
			}
			String oldNext = next.putIfAbsent(flow[0], flow[1]), oldPrevious = previous.putIfAbsent(flow[1], flow[0]);
			if (oldNext != null && !oldNext.equals(flow[1]) || oldPrevious != null && !oldPrevious.equals(flow[0])) {
				return null; // a branch or a join
			}
		}
		if (next.size() != steps.size() - 1) {
			return null; // steps apart from the flows, or a cycle
		}
		String head = null;
		for (String step : steps) {
			if (!previous.containsKey(step)) {
				if (head != null) {
					return null;
				}
				head = step;
			}
		}
		List<String> chain = new java.util.ArrayList<>(steps.size());
		for (String step = head; step != null && chain.size() <= steps.size(); step = next.get(step)) {
			chain.add(step);
		}
		return chain.size() == steps.size() ? chain : null;
	}

	/** ELK's layers and orders, for any flows. */
	public static Map<String, Placement> placeWithElk(Map<String, double[]> sizes, List<String[]> flows) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		Map<ElkNode, String> ids = new LinkedHashMap<>();
		Map<String, ElkNode> nodes = new HashMap<>();
		for (Map.Entry<String, double[]> entry : sizes.entrySet()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(entry.getKey());
			node.setDimensions(entry.getValue()[0], entry.getValue()[1]);
			ids.put(node, entry.getKey());
			nodes.put(entry.getKey(), node);
		}
		for (String[] flow : flows) {
			ElkNode from = nodes.get(flow[0]), to = nodes.get(flow[1]);
			if (from != null && to != null && from != to) {
				ElkGraphUtil.createSimpleEdge(from, to);
			}
		}
		LayeredLayoutProvider layered = PROVIDER.get();
		ElkLayered.TestExecutionState run = layered.startLayoutTest(root);
		ElkLayered algorithm = layered.getLayoutAlgorithm();
		List<ILayoutProcessor<LGraph>> steps = algorithm.getLayoutTestConfiguration(run);
		while (!algorithm.isLayoutTestFinished(run) && !steps.get(run.getStep()).getClass().getName().equals(SIZING)) {
			algorithm.runLayoutTestStep(run);
		}
		Map<String, Placement> found = new HashMap<>();
		int column = 0;
		for (LGraph graph : run.getGraphs()) {
			for (Layer layer : graph.getLayers()) {
				int rank = 0;
				for (LNode node : layer.getNodes()) {
					if (node.getType() == LNode.NodeType.NORMAL && node.getProperty(InternalProperties.ORIGIN) instanceof ElkNode step) {
						found.put(ids.get(step), new Placement(column, rank++));
					}
				}
				if (rank > 0) {
					column++;
				}
			}
		}
		Map<String, Placement> placements = new LinkedHashMap<>();
		for (String id : ids.values()) {
			placements.put(id, found.get(id));
		}
		return placements;
	}

	private StepColumns() {
	}
}
