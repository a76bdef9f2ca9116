package org.svcworkbench.svc.ide.quickfix;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.validation.IssueCodes;

import com.google.inject.Inject;

/** A touchpoint without an owner: make one of the folder's roles its owner. */
final class TouchpointOwnerFix implements Quickfix {

	private static final int MOST_ROLES = 6;

	@Inject
	private IScopeProvider scopes;

	@Override
	public String code() {
		return IssueCodes.TOUCHPOINT_NO_OWNER;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Touchpoint touchpoint = context.find(Touchpoint.class);
		if (touchpoint == null) {
			return;
		}
		TreeSet<String> roles = new TreeSet<>();
		for (IEObjectDescription role : scopes.getScope(touchpoint, SvcPackage.Literals.TOUCHPOINT__OWNER).getAllElements()) {
			roles.add(role.getName().toString());
		}
		roles.stream().limit(MOST_ROLES).forEach(role -> proposals.accept("Make '" + role + "' the owner",
				List.of(context.addToBlock(touchpoint, List.of("owner " + role)))));
	}
}
