package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.validation.IssueCodes;

/** A step no flow reaches: a flow to it from the step written before it, the order a blueprint is usually read in. */
final class UnreachedStepFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.STEP_UNREACHED;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Step step = context.find(Step.class);
		Blueprint blueprint = context.find(Blueprint.class);
		if (step == null || blueprint == null) {
			return;
		}
		int index = blueprint.getSteps().indexOf(step);
		if (index > 0 && blueprint.getSteps().get(index - 1).getName() != null) {
			String from = blueprint.getSteps().get(index - 1).getName();
			proposals.accept(context.say("fix.unreached", from),
					List.of(context.addToBlock(blueprint, List.of("flow " + from + " -> " + step.getName()))));
		}
	}
}
