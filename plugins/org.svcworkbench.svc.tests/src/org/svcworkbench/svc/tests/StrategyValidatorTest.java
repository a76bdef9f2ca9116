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
				"Segment 'fleets' has few customers and high margin, for which the recommended relationship level is partnership, not reactive (D10).");
		support.assertNoIssue(bad.replace("⟦reactive⟧", "partnership"), RELATIONSHIP_LEVEL);
		// many customers with low margin: basic or reactive both fit
		support.assertNoIssue("segment s { customers many margin low relationship reactive }", RELATIONSHIP_LEVEL);
		support.assertIssue("segment s { customers many margin low relationship ⟦proactive⟧ }", RELATIONSHIP_LEVEL, WARNING,
				"Segment 's' has many customers and low margin, for which the recommended relationship level is basic or reactive, not proactive (D10).");
	}
	@Test
	void orientationMatchesItsQuadrant() {
		String bad = "service S { orientation ⟦service⟧ (product high, service high) }";
		support.assertIssue(bad, ORIENTATION_QUADRANT, WARNING,
				"Product quality high and service level high make a relationship-oriented service (D9), not service-oriented.");
		support.assertNoIssue(bad.replace("⟦service⟧", "relationship"), ORIENTATION_QUADRANT);
	}
}
