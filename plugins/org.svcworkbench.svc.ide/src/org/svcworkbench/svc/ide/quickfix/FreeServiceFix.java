package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.PriceAmount;
import org.svcworkbench.svc.validation.IssueCodes;

/** A price of 0: say what the free service comes with, which is what keeps it valued (D8). */
final class FreeServiceFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.PRICE_FREE_SERVICE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		PriceAmount price = context.find(PriceAmount.class);
		if (price != null && price.getBundledWith() == null) {
			int end = NodeModelUtils.findActualNodeFor(price).getEndOffset();
			proposals.accept(context.say("fix.price.bundled"),
					List.of(context.insert(end, " bundled \"" + context.say("fix.placeholder.bundled") + "\"")));
		}
	}
}
