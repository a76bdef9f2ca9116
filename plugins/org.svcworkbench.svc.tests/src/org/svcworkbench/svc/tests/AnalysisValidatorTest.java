package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.AnalysisValidator} (D18), each with its exact message and position. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class AnalysisValidatorTest {

	@Inject private SvcTestSupport support;

	private static final String SWOT = """
			service Garage {
				swot {
					strength oneVisit "Repairs in one visit"
					weakness fewStaff "Two technicians"
					opportunity fleets "Fleet contracts" attractiveness high success high
					threat chains "Chain workshops" severity high probability low
					STRATEGIES
				}
			}
			""";

	@Test
	void strategyNamesTheFactorsItCombines() {
		support.assertIssue(SWOT.replace("STRATEGIES", "strategy ⟦grow⟧ SO \"Fleet deals\" uses fleets"), SWOT_STRATEGY_FACTORS, ERROR,
				"Strategy 'grow' is SO and must name the strengths it builds on: add 'uses <strength>'.");
		support.assertIssue(SWOT.replace("STRATEGIES", "strategy grow SO \"Fleet deals\" uses oneVisit, fleets, ⟦chains⟧"),
				SWOT_STRATEGY_FACTORS, ERROR,
				"Strategy 'grow' is SO but uses threat 'chains': an SO strategy combines strengths and opportunities; use another kind of strategy for it.");
		support.assertNoIssue(SWOT.replace("STRATEGIES", "strategy grow SO \"Fleet deals\" uses oneVisit, fleets"), SWOT_STRATEGY_FACTORS);
	}

	@Test
	void primeOpportunityNeedsAPlanAndCriticalThreatAnAnswer() {
		support.assertIssue(SWOT.replace("STRATEGIES", "").replace("opportunity fleets", "opportunity ⟦fleets⟧"), SWOT_OPPORTUNITY_UNPLANNED, WARNING,
				"Opportunity 'fleets' is highly attractive and likely to succeed, but no strategy pursues it: add an SO or WO strategy that uses it (D18).");
		support.assertNoIssue(SWOT.replace("STRATEGIES", "strategy grow WO \"Hire for fleets\" uses fewStaff, fleets"),
				SWOT_OPPORTUNITY_UNPLANNED);
		String critical = SWOT.replace("probability low", "probability high");
		support.assertIssue(critical.replace("STRATEGIES", "").replace("threat chains", "threat ⟦chains⟧"), SWOT_THREAT_UNADDRESSED,
				WARNING, "Threat 'chains' is severe and likely, but no strategy answers it: add an ST or WT strategy that uses it (D18).");
		support.assertNoIssue(critical.replace("STRATEGIES", "strategy defend ST \"Loyalty card\" uses oneVisit, chains"),
				SWOT_THREAT_UNADDRESSED);
	}

	@Test
	void axesBelongToTheirQuadrant() {
		support.assertIssue(SWOT.replace("STRATEGIES", "").replace("\"Two technicians\"", "\"Two technicians\" ⟦severity high⟧"), SWOT_AXIS, ERROR,
				"'severity' does not rate a weakness: weaknesses are not rated in the opportunity-threat matrix (D18).");
		support.assertIssue(SWOT.replace("STRATEGIES", "").replace("attractiveness high success high", "attractiveness high success high ⟦probability low⟧"),
				SWOT_AXIS, ERROR, "'probability' does not rate an opportunity: opportunities are rated by 'attractiveness' and 'success' (D18).");
	}

	@Test
	void managementProcessHasFourSteps() {
		String bad = "service S { ⟦management { research \"Survey\" positioning \"One-visit shop\" }⟧ }";
		support.assertIssue(bad, MANAGEMENT_STEP_MISSING, WARNING,
				"The management process lacks 'planning' (planning and execution), 'monitoring' (monitoring and evaluation): the four steps follow each other (D18), so describe each one.");
		support.assertNoIssue(bad.replace("}⟧", "planning \"Q2\" monitoring \"Monthly\" }⟧"), MANAGEMENT_STEP_MISSING);
	}

	@Test
	void singleSegmentPatternTargetsOneSegment() {
		String bad = "segment a\nsegment b\nservice S { market { segments a, b pattern ⟦single-segment⟧ } }";
		support.assertIssue(bad, MARKET_PATTERN_SEGMENTS, WARNING,
				"A single-segment market targets one segment, but this market lists 2: keep one, or choose another pattern (selective-specialisation, market-specialisation, full-coverage ...).");
		support.assertNoIssue(bad.replace("segments a, b", "segments a"), MARKET_PATTERN_SEGMENTS);
	}
}
