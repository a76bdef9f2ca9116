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
			error(say("flow.nowhere", only.eIsProxy() ? "?" : only.getName()), flow, FLOW__STEPS, 0,
					IssueCodes.FLOW_NOWHERE);
			return;
		}
		int loop = blueprints.selfLoopIndex(flow);
		if (loop > 0) {
			error(say("flow.self-loop", flow.getSteps().get(loop).getName()), flow, FLOW__STEPS, loop,
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
			warning(say("step.unreached", step.getName(), first), step, STEP__NAME,
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
			warning(say(outgoing.size() == 1 ? "decision.branches.one" : "decision.branches", step.getName(), outgoing.size()), step, STEP__DECISION, IssueCodes.DECISION_BRANCHES);
		}
		for (BlueprintAnalysis.Edge edge : outgoing) {
			if (!edge.isLabelled() && !edge.to().eIsProxy()) {
				warning(say("decision.unlabelled", step.getName(), edge.to().getName()), edge.flow(), FLOW__STEPS, edge.index() + 1, IssueCodes.DECISION_UNLABELLED);
			}
		}
	}

	@Check
	public void checkStep(Step step) {
		if (blueprints.isCustomerVisible(step) && step.getEvidence().isEmpty()) {
			warning(say("step.no-evidence", step.getName(), step.getLane().getLiteral()), step, STEP__NAME,
					IssueCodes.STEP_NO_EVIDENCE);
		}
		Role actor = step.getActor();
		if (step.getLane() == Lane.ONSTAGE && actor != null && !actor.eIsProxy() && actor.getPosition() == StagePosition.BACK
				&& written(actor, ROLE__POSITION)) {
			warning(say("step.backstage-role-onstage", actor.getName(), step.getName()), step, STEP__ACTOR,
					IssueCodes.STEP_BACKSTAGE_ROLE_ONSTAGE);
		}
	}
}
