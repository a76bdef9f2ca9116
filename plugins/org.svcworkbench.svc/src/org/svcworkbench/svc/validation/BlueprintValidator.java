package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.BlueprintAnalysis;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

import com.google.inject.Inject;

/** D14: service blueprints, their steps and flows. */
public class BlueprintValidator extends SvcChecks {

	@Inject private BlueprintAnalysis blueprints;

	@Check
	public void checkFlow(Flow flow) {
		if (flow.getSteps().size() == 1) {
			Step only = flow.getSteps().get(0);
			error("The flow from '" + (only.eIsProxy() ? "?" : only.getName())
					+ "' goes nowhere: add '-> <step>' to say which step follows.", flow, FLOW__STEPS, 0,
					IssueCodes.FLOW_NOWHERE);
			return;
		}
		int loop = blueprints.selfLoopIndex(flow);
		if (loop > 0) {
			error("The flow from '" + flow.getSteps().get(loop).getName()
					+ "' leads back to the same step and goes nowhere: point it at the next step.", flow, FLOW__STEPS, loop,
					IssueCodes.FLOW_NOWHERE);
		}
	}

	@Check
	public void checkBlueprintSteps(Blueprint blueprint) {
		if (blueprint.getSteps().size() < 2) {
			return;
		}
		String first = blueprint.getSteps().get(0).getName();
		for (Step step : blueprints.unreached(blueprint)) {
			warning("No flow reaches step '" + step.getName() + "': add a flow such as 'flow <step> -> " + step.getName()
					+ "' (the first step, '" + first + "', is where the blueprint starts).", step, STEP__NAME,
					IssueCodes.STEP_UNREACHED);
		}
	}

	/** D14: a decision step branches into alternatives, each its own labelled flow. */
	@Check
	public void checkDecision(Step step) {
		if (!step.isDecision()) {
			return;
		}
		List<BlueprintAnalysis.Edge> outgoing = blueprints.outgoing(step);
		if (outgoing.size() < 2) {
			warning("Decision step '" + step.getName() + "' has " + outgoing.size() + " outgoing flow" + (outgoing.size() == 1 ? "" : "s")
					+ ": a decision leads to at least two alternatives; add a flow per branch, e.g. 'flow " + step.getName()
					+ " -> <step> \"when ...\"'.", step, STEP__DECISION, IssueCodes.DECISION_BRANCHES);
		}
		for (BlueprintAnalysis.Edge edge : outgoing) {
			if (!edge.isLabelled() && !edge.to().eIsProxy()) {
				warning("The branch from decision '" + step.getName() + "' to '" + edge.to().getName()
						+ "' has no label of its own: write it as its own flow, 'flow " + step.getName() + " -> " + edge.to().getName()
						+ " \"when ...\"'.", edge.flow(), FLOW__STEPS, edge.index() + 1, IssueCodes.DECISION_UNLABELLED);
			}
		}
	}

	@Check
	public void checkStep(Step step) {
		if (blueprints.isCustomerVisible(step) && step.getEvidence().isEmpty()) {
			warning("Step '" + step.getName() + "' is visible to the customer (" + step.getLane().getLiteral()
					+ ") but shows no physical evidence: add 'shows <cue>' with a cue from the evidence block.", step, STEP__NAME,
					IssueCodes.STEP_NO_EVIDENCE);
		}
		Role actor = step.getActor();
		if (step.getLane() == Lane.ONSTAGE && actor != null && !actor.eIsProxy() && actor.getPosition() == StagePosition.BACK
				&& written(actor, ROLE__POSITION)) {
			warning("Role '" + actor.getName() + "' works back-stage (position back) but performs onstage step '"
					+ step.getName() + "': move the step backstage or give the role a front position.", step, STEP__ACTOR,
					IssueCodes.STEP_BACKSTAGE_ROLE_ONSTAGE);
		}
	}
}
