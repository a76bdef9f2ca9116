package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.tests.TestModels.*;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.JourneyValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class JourneyValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void touchpointNeedsChannelAndOwner() {
		String bad = ROLES + """
				channel web "Website"
				service Shop {
					journey {
						stage before { touchpoint ⟦ad⟧ "Advert" { owner advisor } }
						stage during { touchpoint visit { channel web owner advisor } }
						stage after { touchpoint call { channel web owner advisor } }
					}
				}
				""";
		support.assertIssue(bad, TOUCHPOINT_NO_CHANNEL, WARNING,
				"Touchpoint 'ad' has no channel: add 'channel <name>' (where the customer meets the service), or 'no-channel \"why\"' if it deliberately has none.");
		support.assertNoIssue(bad.replace("{ owner advisor }", "{ channel web owner advisor }"), TOUCHPOINT_NO_CHANNEL);
		support.assertNoIssue(bad.replace("{ owner advisor }", "{ no-channel \"Word of mouth\" owner advisor }"), TOUCHPOINT_NO_CHANNEL);
		support.assertIssue(bad.replace("⟦ad⟧", "ad").replace("{ owner advisor }", "{ channel web no-channel ⟦\"Word of mouth\"⟧ owner advisor }"),
				TOUCHPOINT_CHANNEL_CONFLICT, ERROR, "Touchpoint 'ad' names a channel and says 'no-channel': remove one of the two.");
		support.assertIssue(bad.replace("{ owner advisor }", "{ channel web }"), TOUCHPOINT_NO_OWNER, WARNING,
				"Touchpoint 'ad' has no owner: add 'owner <role>' (who is accountable for it).");
		support.assertNoIssue(bad, TOUCHPOINT_NO_OWNER);
	}
	@Test
	void journeyStagesMissingAndRepeated() {
		String bad = """
				service Shop {
					⟦journey {
						stage during { }
					}⟧
				}
				""";
		support.assertIssue(bad, JOURNEY_STAGE_MISSING, WARNING,
				"The journey has no stage for before and after purchase: add 'stage before { touchpoint ... }' so the whole journey is covered (D4).");
		support.assertNoIssue(bad.replace("stage during { }", "stage before { } stage during { } stage after { }"),
				JOURNEY_STAGE_MISSING);
		support.assertIssue("service Shop { journey { stage before { } stage during { } stage after { } stage ⟦during⟧ { } } }",
				JOURNEY_STAGE_REPEATED, ERROR, "The journey has two 'during' stages: merge their touchpoints into one.");
	}
}
