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

	@Test
	void scoresRunFromZeroToHundredAndAgreeWithTheRating() {
		String model = "service S { journey { stage before { touchpoint t { SCORE } } } }";
		support.assertIssue(model.replace("SCORE", "score ⟦130⟧"), SCORE_OUT_OF_RANGE, ERROR,
				"Scores run from 0 to 100; 130 is outside: write a score from 0 to 100.");
		support.assertIssue(model.replace("SCORE", "rating satisfied score ⟦85⟧"), RATING_SCORE_DISAGREE, WARNING,
				"A score of 85 is level 7 (very-satisfied) on the 7-level scale, but the rating says 6 (satisfied): make them agree, or keep one.");
		support.assertNoIssue(model.replace("SCORE", "rating satisfied score 65"), RATING_SCORE_DISAGREE);
		support.assertNoIssue(model.replace("SCORE", "rating 6 score 79"), RATING_SCORE_DISAGREE);
	}

	@Test
	void loyaltyIndicatorsHaveTheirKindOfValue() {
		String model = "segment fleets\nservice S { loyalty { types inertia, convenience INDICATORS } }";
		support.assertIssue(model.replace("INDICATORS", "indicator ⟦selection-time⟧ high"), LOYALTY_INDICATOR_VALUE, ERROR,
				"The selection-time indicator is measured as a duration such as 10 min.");
		support.assertIssue(model.replace("INDICATORS", "indicator ⟦repeat-purchase⟧ \"often\""), LOYALTY_INDICATOR_VALUE, ERROR,
				"The repeat-purchase indicator is measured as a percentage such as 60%.");
		support.assertIssue(model.replace("INDICATORS", "indicator price-sensitivity low for fleets indicator ⟦price-sensitivity⟧ high for fleets"),
				LOYALTY_INDICATOR_REPEATED, WARNING, "The price-sensitivity indicator is given twice for segment 'fleets': keep one measurement.");
		support.assertNoErrors(model.replace("INDICATORS",
				"indicator repeat-purchase 62% indicator selection-time 2 min indicator price-sensitivity low for fleets indicator competitor-attitude \"Loyal\""));
	}
}
