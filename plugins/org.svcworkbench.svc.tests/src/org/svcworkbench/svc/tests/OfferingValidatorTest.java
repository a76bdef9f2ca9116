package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.OfferingValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class OfferingValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void characteristicDescribedTwice() {
		String bad = """
				service Shop {
					characteristics {
						variability "Checklists"
						⟦variability⟧ "Training"
					}
				}
				""";
		support.assertIssue(bad, CHARACTERISTIC_REPEATED, WARNING,
				"The characteristic 'variability' is described twice: merge the two entries.");
		support.assertNoIssue(bad.replace("⟦variability⟧ \"Training\"", "perishability \"Booking\""), CHARACTERISTIC_REPEATED);
	}
	@Test
	void painWithoutAnswer() {
		String bad = """
				service Shop {
					proposition "Fixed today" {
						job fix "Get the phone fixed"
						pain ⟦delay⟧ "Days without a phone"
					}
				}
				""";
		support.assertIssue(bad, PAIN_NOT_ANSWERED, WARNING,
				"Pain 'delay' is not answered: add 'answer delay \"how the service relieves it\"'.");
		support.assertNoIssue(bad.replace("\t}\n}", "\t\tanswer delay \"Same-day repair\"\n\t}\n}"), PAIN_NOT_ANSWERED);
	}
	@Test
	void customerServiceListedTwice() {
		String bad = """
				service Shop {
					customer-services {
						billing "Card"
						⟦billing⟧ "Cash"
					}
				}
				""";
		support.assertIssue(bad, CUSTOMER_SERVICE_REPEATED, WARNING,
				"The customer service 'billing' is listed twice: merge the two entries.");
		support.assertNoIssue(bad.replace("⟦billing⟧ \"Cash\"", "ordering \"Online\""), CUSTOMER_SERVICE_REPEATED);
	}

	@Test
	void answersAreCarriedByTouchpoints() {
		String model = """
				service Cafe {
					proposition {
						pain queue "Morning queue"
						answer ⟦queue⟧ "Order ahead"
					}
					journey { stage during { touchpoint pickUp { TOUCHPOINT } } }
				}
				""";
		support.assertIssue(model.replace("TOUCHPOINT", ""), ANSWER_NOT_CARRIED, WARNING,
				"The answer to 'queue' reaches no customer: add 'relieves queue' to the touchpoint that delivers it (D3: every touchpoint carries the value proposition).");
		support.assertNoIssue(model.replace("TOUCHPOINT", "relieves queue"), ANSWER_NOT_CARRIED);
		support.assertNoIssue(model.replace("journey { stage during { touchpoint pickUp { TOUCHPOINT } } }", ""), ANSWER_NOT_CARRIED);
	}
}
