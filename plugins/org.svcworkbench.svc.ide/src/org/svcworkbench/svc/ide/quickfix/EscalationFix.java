package org.svcworkbench.svc.ide.quickfix;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.svcworkbench.svc.svc.Escalation;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

import com.google.inject.Inject;

/** A standard that escalates to its own owner: escalate to another of the folder's roles instead. */
final class EscalationFix implements Quickfix {

	private static final int MOST_ROLES = 6;

	@Inject
	private IScopeProvider scopes;

	@Override
	public String code() {
		return IssueCodes.ESCALATION_TO_OWNER;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Escalation escalation = context.find(Escalation.class);
		Standard standard = context.find(Standard.class);
		List<INode> to = escalation == null ? List.of() : context.nodes(escalation, SvcPackage.Literals.ESCALATION__TO);
		List<INode> owner = standard == null ? List.of() : context.nodes(standard, SvcPackage.Literals.STANDARD__OWNER);
		if (to.size() != 1 || owner.size() != 1) {
			return;
		}
		TreeSet<String> roles = AddReferenceFix.namesInScope(scopes, escalation, SvcPackage.Literals.ESCALATION__TO);
		roles.remove(context.written(owner.get(0)));
		INode target = to.get(0);
		roles.stream().limit(MOST_ROLES).forEach(role -> proposals.accept(context.say("fix.escalate", role),
				List.of(context.replace(target.getOffset(), target.getEndOffset(), role))));
	}
}
