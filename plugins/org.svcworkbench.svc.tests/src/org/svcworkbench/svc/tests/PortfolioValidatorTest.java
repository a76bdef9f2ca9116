package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.PortfolioValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class PortfolioValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void triangleHasThreeSides() {
		String bad = """
				service S {
					⟦triangle {
						external "Same-day quotes"
					}⟧
				}
				""";
		support.assertIssue(bad, TRIANGLE_SIDE_MISSING, WARNING,
				"The marketing triangle has no internal side (enabling employees to keep them): add 'internal \"...\"'.");
		support.assertNoIssue(bad.replace("quotes\"", "quotes\" internal \"Training\" interactive \"At the desk\""),
				TRIANGLE_SIDE_MISSING);
	}
	@Test
	void negativeDeliveredValue() {
		String bad = """
				service S {
					⟦delivered-value {
						value product 3 "Basic repair"
						cost monetary 5 "Expensive"
					}⟧
				}
				""";
		support.assertIssue(bad, DELIVERED_VALUE_NEGATIVE, WARNING,
				"Customer delivered value is negative: total value 3 is below total cost 5 (D16); raise a value component or cut a cost.");
		support.assertNoIssue(bad.replace("product 3", "product 6"), DELIVERED_VALUE_NEGATIVE);
		// without scores on every component there is no sum to judge
		support.assertNoIssue(bad.replace("product 3", "product"), DELIVERED_VALUE_NEGATIVE);
	}
	@Test
	void portfolioServicesNeedMarketData() {
		String bad = """
				service A { }
				service B { market { regions "North" } }
				portfolio p { services ⟦A⟧, B }
				""";
		support.assertIssue(bad, PORTFOLIO_NO_MARKET, WARNING,
				"Service 'A' is in portfolio 'p' but has no market data: add a 'market { segments ... }' block to it (D8).");
		support.assertNoIssue(bad.replace("service A { }", "service A { market { regions \"South\" } }"), PORTFOLIO_NO_MARKET);
	}
}
