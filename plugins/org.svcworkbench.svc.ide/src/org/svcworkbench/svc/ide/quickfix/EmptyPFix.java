package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.validation.IssueCodes;

/** A P block that says nothing: when the P is deliberately not designed, say so with the reason instead. */
final class EmptyPFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.MIX_P_EMPTY;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		ServiceMember block = context.find(ServiceMember.class);
		if (block == null || context.data().isEmpty()) {
			return;
		}
		String p = context.data().get(0);
		INode node = NodeModelUtils.findActualNodeFor(block);
		if (context.hasComment(node)) {
			return; // an "empty" block may still hold the designer's notes
		}
		proposals.accept(context.say("fix.p.empty", p), List.of(context.replace(node.getOffset(), node.getEndOffset(),
				"out-of-scope " + p + " \"" + context.say("fix.placeholder.reason") + "\"")));
	}
}
