package org.svcworkbench.svc.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.vocabulary.Lane;
import org.svcworkbench.svc.svc.Step;

/** D14: structure of a service blueprint (which steps flows reach, what the customer sees). */
public class BlueprintAnalysis {

	/** Customer actions and onstage contact actions lie above the line of visibility. */
	public boolean isCustomerVisible(Step step) {
		return step.getLane() == Lane.CUSTOMER || step.getLane() == Lane.ONSTAGE;
	}

	/** Steps that are the target of at least one flow. */
	public Set<Step> reached(Blueprint blueprint) {
		Set<Step> reached = new LinkedHashSet<>();
		for (Flow flow : blueprint.getFlows()) {
			List<Step> chain = flow.getSteps();
			for (int i = 1; i < chain.size(); i++) {
				if (chain.get(i) != chain.get(i - 1)) {
					reached.add(chain.get(i));
				}
			}
		}
		return reached;
	}

	/**
	 * Steps no flow leads to, other than the blueprint's first step, support processes and evidence
	 * (which start flows or stand on their own by nature).
	 */
	public Set<Step> unreached(Blueprint blueprint) {
		Set<Step> reached = reached(blueprint);
		Set<Step> result = new LinkedHashSet<>();
		List<Step> steps = blueprint.getSteps();
		for (int i = 1; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (!reached.contains(step) && step.getLane() != Lane.SUPPORT && step.getLane() != Lane.EVIDENCE) {
				result.add(step);
			}
		}
		return result;
	}

	/** An edge of a flow chain: from steps[index] to steps[index + 1]. */
	public record Edge(Flow flow, int index) {
		public Step from() {
			return flow.getSteps().get(index);
		}

		public Step to() {
			return flow.getSteps().get(index + 1);
		}

		/**
		 * The label drawn on this arrow: a chain's label belongs to its last arrow, where the flow
		 * arrives (the diagrams and the viewpoint both draw it so); "" on the others.
		 */
		public String label() {
			return index + 2 == flow.getSteps().size() && flow.getLabel() != null ? flow.getLabel() : "";
		}

		/** A flow's label belongs to a single edge only when the flow is that one edge. */
		public boolean isLabelled() {
			return flow.getLabel() != null && flow.getSteps().size() == 2;
		}
	}

	/** The edges that leave a step, in flow order. */
	public List<Edge> outgoing(Step step) {
		List<Edge> edges = new ArrayList<>();
		if (step.eContainer() instanceof Blueprint blueprint) {
			for (Flow flow : blueprint.getFlows()) {
				for (int i = 0; i + 1 < flow.getSteps().size(); i++) {
					if (flow.getSteps().get(i) == step) {
						edges.add(new Edge(flow, i));
					}
				}
			}
		}
		return edges;
	}

	/** Index of the first arrow of a flow that leads from a step to itself, or -1. */
	public int selfLoopIndex(Flow flow) {
		List<Step> chain = flow.getSteps();
		for (int i = 1; i < chain.size(); i++) {
			if (chain.get(i) == chain.get(i - 1)) {
				return i;
			}
		}
		return -1;
	}
}
