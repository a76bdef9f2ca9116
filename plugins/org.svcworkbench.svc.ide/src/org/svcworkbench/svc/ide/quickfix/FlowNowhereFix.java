package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** A flow that goes nowhere: remove it, or continue it to another step of the blueprint. */
final class FlowNowhereFix implements Quickfix {

	private static final int MOST_STEPS = 6;

	@Override
	public String code() {
		return IssueCodes.FLOW_NOWHERE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Flow flow = context.find(Flow.class);
		if (flow == null) {
			return;
		}
		boolean named = !flow.getSteps().isEmpty() && !flow.getSteps().get(0).eIsProxy();
		proposals.accept(named ? context.say("fix.flow.remove", flow.getSteps().get(0).getName()) : context.say("fix.flow.remove.unnamed"),
				List.of(context.removeLines(flow)));
		Blueprint blueprint = context.find(Blueprint.class);
		List<INode> targets = NodeModelUtils.findNodesForFeature(flow, SvcPackage.Literals.FLOW__STEPS);
		if (blueprint == null || flow.getSteps().size() != 1 || targets.isEmpty()) {
			return;
		}
		Step only = flow.getSteps().get(0);
		int end = targets.get(targets.size() - 1).getEndOffset();
		blueprint.getSteps().stream().filter(step -> step != only && step.getName() != null).limit(MOST_STEPS)
				.forEach(step -> proposals.accept(context.say("fix.flow.continue", step.getName()),
						List.of(context.insert(end, " -> " + step.getName()))));
	}
}
