package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** An onstage step performed by a back-stage role: move the step to the backstage lane. */
final class BackstageStepFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.STEP_BACKSTAGE_ROLE_ONSTAGE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Step step = context.find(Step.class);
		List<INode> lane = step == null ? List.of() : context.nodes(step, SvcPackage.Literals.STEP__LANE);
		if (lane.size() == 1) {
			proposals.accept(context.say("fix.step.backstage", step.getName()),
					List.of(context.replace(lane.get(0).getOffset(), lane.get(0).getEndOffset(), "backstage")));
		}
	}
}
