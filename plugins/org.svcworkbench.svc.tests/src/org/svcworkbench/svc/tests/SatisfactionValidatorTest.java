package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.SatisfactionValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SatisfactionValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void surveyWeightsMustAddUpTo100() {
		String bad = """
				service S {
					⟦satisfaction {
						item speed weight 50% rating satisfied
						item taste weight 45.5% rating neutral
					}⟧
				}
				""";
		support.assertIssue(bad, SURVEY_WEIGHTS, ERROR,
				"The survey item weights add up to 95.5%, not 100%: adjust them so the weighted score is meaningful.");
		support.assertNoIssue(bad.replace("45.5%", "50.0%"), SURVEY_WEIGHTS);
	}
	@Test
	void qualityLevels() {
		String bad = "service S { quality { dimension reliability desired 5 adequate ⟦6⟧ } }";
		support.assertIssue(bad, QUALITY_ADEQUATE_ABOVE_DESIRED, ERROR,
				"The adequate level of reliability (6) is above the desired level (5): the adequate level is the least a customer accepts, so it cannot exceed what they desire.");
		support.assertNoIssue(bad.replace("⟦6⟧", "4"), QUALITY_ADEQUATE_ABOVE_DESIRED);
		support.assertIssue("service S { quality { dimension empathy desired ⟦7.5⟧ adequate 4 } }", QUALITY_OUT_OF_SCALE, ERROR,
				"Service-quality levels are on the 1 to 7 scale; 7.5 is outside it.");
		support.assertNoIssue("service S { quality { dimension empathy desired 7 adequate 1 } }", QUALITY_OUT_OF_SCALE);
		support.assertIssue("service S { quality { dimension empathy desired 6 adequate 4 perceived ⟦3.5⟧ } }",
				QUALITY_BELOW_TOLERANCE, INFO,
				"Perceived empathy (3.5) is below the zone of tolerance (4 to 6): customers are dissatisfied here.");
		support.assertNoIssue("service S { quality { dimension empathy desired 6 adequate 4 perceived 4 } }",
				QUALITY_BELOW_TOLERANCE);
	}
	@Test
	void convenienceAuditCoversFiveTypes() {
		String bad = """
				service S {
					⟦convenience {
						decision "Clear menu?" result met
						access "Open late?" result partly
					}⟧
				}
				""";
		support.assertIssue(bad, CONVENIENCE_TYPE_MISSING, WARNING,
				"The convenience audit has no transaction, benefit, post-benefit questions (D13 names five types): add one per type.");
		support.assertNoIssue(bad.replace("result partly", "result partly transaction \"a\" benefit \"b\" post-benefit \"c\""),
				CONVENIENCE_TYPE_MISSING);
	}
	@Test
	void ratingsByNumber() {
		support.assertNoIssue("service S { journey { stage before { touchpoint t { rating 6 } } } }", RATING_OUT_OF_SCALE);
		support.assertIssue("service S { journey { stage before { touchpoint t { rating ⟦9⟧ } } } }", RATING_OUT_OF_SCALE, ERROR,
				"Ratings are on the 7-level scale, 1 (very-dissatisfied) to 7 (very-satisfied); 9 is outside it: write a number from 1 to 7 or a level word.");
		support.assertIssue("service S { satisfaction { item a weight 100% rating ⟦0⟧ } }", RATING_OUT_OF_SCALE, ERROR,
				"Ratings are on the 7-level scale, 1 (very-dissatisfied) to 7 (very-satisfied); 0 is outside it: write a number from 1 to 7 or a level word.");
	}
}
