package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.svcworkbench.svc.validation.IssueCodes;

/** A segment's relationship level is not the one D10 recommends: set a recommended one, or keep it with a reason. */
final class RelationshipLevelFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.RELATIONSHIP_LEVEL;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		List<String> data = context.data();
		if (data.isEmpty() || data.get(0) == null) {
			return;
		}
		int start = context.start();
		int end = context.offset(context.diagnostic().getRange().getEnd());
		for (String level : data.get(0).split(" or ")) {
			proposals.accept(context.say("fix.relationship.set", level), List.of(context.replace(start, end, level)));
		}
		String declared = context.text().substring(start, end);
		proposals.accept(context.say("fix.relationship.keep", declared),
				List.of(context.insert(end, " because \"" + context.say("fix.placeholder.reason") + "\"")));
	}
}
