package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.MarketingMixValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class MarketingMixValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void missingPsAreNamed() {
		String bad = """
				service ⟦Shop⟧ {
					product { core "Repairs" }
					price { amount 10 EUR }
					place { location "High street" }
					promotion { activity "Flyers" }
					people { customer "Brings the device" }
				}
				""";
		support.assertIssue(bad, MIX_P_MISSING, WARNING,
				"Service 'Shop' does not describe the Ps Physical evidence ('evidence'), Process ('process') of the 7Ps: add blocks for them,"
						+ " or say why not with 'out-of-scope evidence, process \"reason\"'.");
		support.assertIssue(bad.replace("people { customer \"Brings the device\" }", "people { customer \"x\" }\nevidence { cue c \"Counter\" }"),
				MIX_P_MISSING, WARNING,
				"Service 'Shop' does not describe the P Process ('process') of the 7Ps: add a block for it, or say why not with 'out-of-scope process \"reason\"'.");
		support.assertNoIssue(bad.replace("people {", "evidence { cue c \"Counter\" }\nprocess { description \"Walk-in\" }\npeople {"),
				MIX_P_MISSING);
	}

	@Test
	void outOfScopePsAreNotMissing() {
		String model = """
				service Shop {
					product { core "Repairs" }
					price { amount 10 EUR }
					place { location "High street" }
					promotion { activity "Flyers" }
					people { customer "Brings the device" }
					out-of-scope evidence, process "A phone line only: nothing to see, one step"
				}
				""";
		support.assertNoIssue(model, MIX_P_MISSING);
		support.assertIssue(model.replace("people {", "⟦evidence { cue c \"Counter\" }⟧\npeople {"), MIX_P_OUT_OF_SCOPE_DESCRIBED, WARNING,
				"The P Physical evidence is declared out of scope in service 'Shop' but also has a 'evidence' block: remove one of the two.");
	}
	@Test
	void emptyPIsReported() {
		String bad = """
				service Shop {
					⟦price {
					}⟧
				}
				""";
		support.assertIssue(bad, MIX_P_EMPTY, WARNING, "The 'price' block is empty: describe the P Price or remove the block.");
		support.assertNoIssue(bad.replace("price {", "price { cost time \"Queue\""), MIX_P_EMPTY);
	}
	@Test
	void aPDescribedTwiceIsAnError() {
		String bad = """
				service Shop {
					product { core "A" }
					⟦product { core "B" }⟧
				}
				""";
		support.assertIssue(bad, MIX_P_REPEATED, ERROR,
				"The P Product is described twice in service 'Shop': merge the two 'product' blocks.");
		support.assertNoIssue("service Shop { product { core \"A\" core \"B\" } }", MIX_P_REPEATED);
	}
	@Test
	void freeServiceIsRisky() {
		String bad = "service Shop { price { amount ⟦0 EUR⟧ \"check-up\" } }";
		support.assertIssue(bad, PRICE_FREE_SERVICE, WARNING,
				"A free service is risky (D8): customers stop valuing it and its cost erodes margins; price it separately or say what it comes with ('bundled \"with the room rate\"').");
		support.assertNoIssue(bad.replace("0 EUR", "15 EUR"), PRICE_FREE_SERVICE);
		support.assertNoIssue(bad.replace("\"check-up\"", "\"check-up\" bundled \"with every service contract\""), PRICE_FREE_SERVICE);
	}
	@Test
	void currencyMustBeAnIsoCode() {
		String bad = "service Shop { price { amount 12 ⟦yuan⟧ } }";
		support.assertIssue(bad, CURRENCY_CODE, WARNING, "Currency 'yuan' is not an ISO 4217 code: write CNY (e.g. '12 CNY').");
		support.assertIssue(bad.replace("yuan", "元"), CURRENCY_CODE, WARNING,
				"Currency '元' is not an ISO 4217 code: write CNY (e.g. '12 CNY').");
		support.assertIssue(bad.replace("yuan", "dinero"), CURRENCY_CODE, WARNING,
				"Currency 'dinero' is not an ISO 4217 code: write three capital letters such as CNY, EUR or USD (e.g. '12 CNY').");
		support.assertNoIssue(bad.replace("yuan", "CNY"), CURRENCY_CODE);
	}
	@Test
	void headerLinesGoAnywhereButOnce() {
		support.assertNoErrors("service S { product { core \"x\" } industry retail description \"d\" }");
		support.assertIssue("service S { description \"a\" product { core \"x\" } description ⟦\"b\"⟧ }",
				SERVICE_HEADER_REPEATED, ERROR, "Service 'S' has its 'description' line twice: keep one (the last one wins otherwise).");
	}
}
