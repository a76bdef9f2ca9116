package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.validation.IssueCodes;

/**
 * A standard without a deadline: when it is a standard of behaviour (greet within three metres),
 * say so and when it applies; the designer then writes the occasion over the placeholder.
 */
final class BehaviouralStandardFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.STANDARD_NO_DEADLINE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Standard standard = context.find(Standard.class);
		if (standard != null) {
			proposals.accept(context.say("fix.standard.behavioural"),
					List.of(context.addToBlock(standard, List.of("behavioural \"" + context.say("fix.placeholder.behaviour") + "\""))));
		}
	}
}
