package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.StrategyValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class StrategyValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void relationshipLevelFollowsKotler() {
		String bad = """
				segment fleets "Fleets" {
					customers few
					margin high
					relationship ⟦reactive⟧
				}
				""";
		support.assertIssue(bad, RELATIONSHIP_LEVEL, WARNING,
				"Segment 'fleets' has few customers and high margin, for which the recommended relationship level is partnership, not reactive (D10): "
						+ "set the recommended level, or keep this one and give the reason ('relationship reactive because \"…\"').");
		support.assertNoIssue(bad.replace("⟦reactive⟧", "partnership"), RELATIONSHIP_LEVEL);
		// A reasoned exception silences exactly this warning.
		support.assertNoIssue(bad.replace("⟦reactive⟧", "reactive because \"Fleets buy by tender; the account team answers calls\""),
				RELATIONSHIP_LEVEL);
		// many customers with low margin: basic or reactive both fit
		support.assertNoIssue("segment s { customers many margin low relationship reactive }", RELATIONSHIP_LEVEL);
		support.assertIssue("segment s { customers many margin low relationship ⟦proactive⟧ }", RELATIONSHIP_LEVEL, WARNING,
				"Segment 's' has many customers and low margin, for which the recommended relationship level is basic or reactive, not proactive (D10): "
						+ "set the recommended level, or keep this one and give the reason ('relationship proactive because \"…\"').");
	}
	@Test
	void orientationMatchesItsQuadrant() {
		String bad = "service S { orientation ⟦service⟧ (product high, service high) }";
		support.assertIssue(bad, ORIENTATION_QUADRANT, WARNING,
				"Product quality high and service level high make a relationship-oriented service (D9), not service-oriented.");
		support.assertNoIssue(bad.replace("⟦service⟧", "relationship"), ORIENTATION_QUADRANT);
	}

	@Test
	void approachMatchesTheRelationshipLevel() {
		String bad = "segment fleets { customers few margin high relationship partnership approach ⟦transactional⟧ }";
		support.assertIssue(bad, SEGMENT_APPROACH_LEVEL, WARNING,
				"Segment 'fleets' is served with transactional marketing but at the partnership relationship level: they contradict each other; change one (D10).");
		support.assertNoIssue(bad.replace("⟦transactional⟧", "relationship"), SEGMENT_APPROACH_LEVEL);
	}

	@Test
	void stakeholderBelongsToARelationshipMarket() {
		support.assertIssue("stakeholder ⟦insurers⟧ \"Insurers\" { long-term \"Direct claims\" }", STAKEHOLDER_NO_MARKET, WARNING,
				"Stakeholder 'insurers' names no relationship market: add 'market <customers, intermediaries, suppliers, recruitment, influencers or internal>' (D10).");
		support.assertNoIssue("stakeholder insurers { market intermediaries }", STAKEHOLDER_NO_MARKET);
	}

	@Test
	void deliveryFactorsPointToTheChosenApproach() {
		String bad = "service S { delivery ⟦empowerment⟧ \"Staff decide\" { strategy differentiated technology routine staff unskilled } }";
		support.assertIssue(bad, DELIVERY_FACTORS_DISAGREE, WARNING,
				"The delivery is empowerment but technology routine, staff unskilled point to production-line (D17): reconsider the approach, or say in its reason why it still fits.");
		support.assertNoIssue(bad.replace("technology routine staff unskilled", "technology complex staff skilled"), DELIVERY_FACTORS_DISAGREE);
	}
}
