package org.svcworkbench.svc.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/**
 * A branch of a decision without a label of its own: a chain's label is on its last arrow, so the
 * branch becomes a flow of its own with a label to write over, and the chain is cut around it
 * ("flow a -> d -> b -> c" becomes "flow a -> d", "flow d -> b "when ..."" and "flow b -> c").
 */
final class DecisionBranchFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.DECISION_UNLABELLED;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Flow flow = context.find(Flow.class);
		if (flow == null) {
			return;
		}
		List<INode> steps = context.nodes(flow, SvcPackage.Literals.FLOW__STEPS);
		int to = -1;
		for (int i = 1; i < steps.size(); i++) {
			if (steps.get(i).getOffset() == context.start()) {
				to = i;
			}
		}
		if (to < 1) {
			return;
		}
		List<String> names = steps.stream().map(context::written).toList();
		List<INode> label = context.nodes(flow, SvcPackage.Literals.FLOW__LABEL);
		List<String> flows = new ArrayList<>();
		if (to > 1) {
			flows.add("flow " + String.join(" -> ", names.subList(0, to)));
		}
		flows.add("flow " + names.get(to - 1) + " -> " + names.get(to) + " \"" + context.say("fix.placeholder.branch") + "\"");
		if (to < names.size() - 1) {
			flows.add("flow " + String.join(" -> ", names.subList(to, names.size())) + (label.isEmpty() ? "" : " " + context.written(label.get(0))));
		}
		INode node = NodeModelUtils.findActualNodeFor(flow);
		if (context.hasComment(node)) {
			return; // the flow is rewritten whole: a comment inside it would be lost
		}
		String indent = context.indentAt(node.getOffset());
		proposals.accept(context.say("fix.decision.branch", names.get(to)),
				List.of(context.replace(node.getOffset(), node.getEndOffset(), String.join("\n" + indent, flows))));
	}
}
