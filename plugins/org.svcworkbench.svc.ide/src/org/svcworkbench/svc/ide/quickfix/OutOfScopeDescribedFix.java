package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.OutOfScope;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** A P declared out of scope that the service describes after all: it is in scope, so the declaration goes. */
final class OutOfScopeDescribedFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.MIX_P_OUT_OF_SCOPE_DESCRIBED;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Service service = context.find(Service.class);
		List<String> data = context.data();
		if (service == null || data.isEmpty()) {
			return;
		}
		String p = data.get(0);
		for (OutOfScope declaration : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(service, OutOfScope.class)) {
			for (int i = 0; i < declaration.getPs().size(); i++) {
				if (p.equals(declaration.getPs().get(i).getLiteral())) {
					List<INode> ps = context.nodes(declaration, SvcPackage.Literals.OUT_OF_SCOPE__PS);
					proposals.accept(context.say("fix.p.out-of-scope-described", p), List.of(ps.size() == 1
							? context.removeLines(declaration)
							: context.removeFromList(ps, i)));
					return;
				}
			}
		}
	}
}
