package org.svcworkbench.svc.diagram.blueprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Orders steps in time with ELK's layered algorithm: each layer becomes a column (a step a flow
 * leads to stands in a later column, cycles are broken by ELK), and the order ELK gives steps inside
 * a layer (crossing minimisation) is kept within each lane.
 */
final class StepColumns {

	/** Column of every step and its rank within the column (top to bottom in ELK's layout). */
	record Placement(int column, int rank) {
	}

	private static volatile boolean registered;

	/** Outside the Eclipse extension registry ELK's algorithms must be registered by hand, once. */
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
	static Map<String, Placement> place(Map<String, double[]> sizes, List<String[]> flows) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 20.0);
		// Only the layers and the order within them are read (see columns): ELK's cheapest node
		// placement and edge routing keep both and skip work no one looks at.
		root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, org.eclipse.elk.alg.layered.options.NodePlacementStrategy.SIMPLE);
		root.setProperty(CoreOptions.EDGE_ROUTING, org.eclipse.elk.core.options.EdgeRouting.POLYLINE);
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		for (Map.Entry<String, double[]> entry : sizes.entrySet()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(entry.getKey());
			node.setDimensions(entry.getValue()[0], entry.getValue()[1]);
			nodes.put(entry.getKey(), node);
		}
		for (String[] flow : flows) {
			ElkNode from = nodes.get(flow[0]), to = nodes.get(flow[1]);
			if (from != null && to != null && from != to) {
				ElkGraphUtil.createSimpleEdge(from, to);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		return columns(nodes);
	}

	/** ELK leaves a gap between layers: steps whose horizontal extents overlap share a layer. */
	private static Map<String, Placement> columns(Map<String, ElkNode> nodes) {
		List<ElkNode> byX = new ArrayList<>(nodes.values());
		byX.sort(Comparator.comparingDouble(ElkNode::getX).thenComparingDouble(ElkNode::getY));
		Map<ElkNode, Integer> column = new HashMap<>();
		int current = -1;
		double extent = Double.NEGATIVE_INFINITY;
		for (ElkNode node : byX) {
			if (node.getX() >= extent) {
				current++;
			}
			extent = Math.max(extent, node.getX() + node.getWidth());
			column.put(node, current);
		}
		Map<String, Placement> placements = new LinkedHashMap<>();
		Map<Integer, List<ElkNode>> members = new HashMap<>();
		nodes.values().forEach(n -> members.computeIfAbsent(column.get(n), c -> new ArrayList<>()).add(n));
		for (List<ElkNode> inColumn : members.values()) {
			inColumn.sort(Comparator.comparingDouble(ElkNode::getY));
		}
		for (Map.Entry<String, ElkNode> entry : nodes.entrySet()) {
			int c = column.get(entry.getValue());
			placements.put(entry.getKey(), new Placement(c, members.get(c).indexOf(entry.getValue())));
		}
		return placements;
	}

	private StepColumns() {
	}
}
