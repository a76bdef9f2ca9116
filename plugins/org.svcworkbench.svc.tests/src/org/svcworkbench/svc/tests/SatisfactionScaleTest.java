package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.svc.Percent;
import org.svcworkbench.svc.vocabulary.SatisfactionLevel;
import org.svcworkbench.svc.svc.SatisfactionSurvey;
import org.svcworkbench.svc.svc.SurveyItem;
import org.svcworkbench.svc.svc.SvcFactory;

/** D11: the 7-level scale and score = weight x rating. */
class SatisfactionScaleTest {

	private final SatisfactionScale scale = new SatisfactionScale();

	@Test
	void scaleRunsFromOneToSeven() {
		assertEquals(1, scale.value(SatisfactionLevel.VERY_DISSATISFIED));
		assertEquals(4, scale.value(SatisfactionLevel.NEUTRAL));
		assertEquals(6, scale.value(SatisfactionLevel.SATISFIED));
		assertEquals(7, scale.value(SatisfactionLevel.VERY_SATISFIED));
	}

	@Test
	void weightedScoreAndTotalWeight() {
		SatisfactionSurvey survey = SvcFactory.eINSTANCE.createSatisfactionSurvey();
		SurveyItem item = item("30", SatisfactionLevel.SATISFIED);
		survey.getItems().add(item);
		survey.getItems().add(item("70", SatisfactionLevel.VERY_DISSATISFIED));
		assertEquals(0, new BigDecimal("1.8").compareTo(scale.score(item)));
		assertEquals(0, new BigDecimal("0.7").compareTo(scale.score(survey.getItems().get(1))));
		assertEquals(0, BigDecimal.valueOf(100).compareTo(scale.totalWeight(survey)));
	}

	@Test
	void rescaledWeightsAddUpToExactlyOneHundredInProportion() {
		SatisfactionSurvey survey = SvcFactory.eINSTANCE.createSatisfactionSurvey();
		for (String weight : new String[] { "40", "40", "40" }) {
			survey.getItems().add(item(weight, SatisfactionLevel.SATISFIED));
		}
		assertEquals(java.util.List.of(new BigDecimal("34"), new BigDecimal("33"), new BigDecimal("33")), scale.rescaledWeights(survey));
		survey.getItems().clear();
		survey.getItems().add(item("30", SatisfactionLevel.SATISFIED));
		survey.getItems().add(item("60", SatisfactionLevel.SATISFIED));
		survey.getItems().add(item("10.5", SatisfactionLevel.SATISFIED));
		// 29.85..., 59.70..., 10.44...: floors 29 + 59 + 10 = 98, the two largest remainders get a point
		assertEquals(java.util.List.of(new BigDecimal("30"), new BigDecimal("60"), new BigDecimal("10")), scale.rescaledWeights(survey));
		survey.getItems().clear();
		survey.getItems().add(item("0", SatisfactionLevel.SATISFIED));
		assertEquals(java.util.List.of(), scale.rescaledWeights(survey));
	}

	private static SurveyItem item(String weight, SatisfactionLevel rating) {
		SurveyItem item = SvcFactory.eINSTANCE.createSurveyItem();
		Percent percent = SvcFactory.eINSTANCE.createPercent();
		percent.setValue(new BigDecimal(weight));
		item.setWeight(percent);
		item.setRating(rating);
		return item;
	}

	@Test
	void scoreBandsOfDomainTable() {
		// D11: 7 = 80-100, 6 = 60-79, 5 = 40-59, 4 = 30-39, 3 = 20-29; below that 2 = 10-19, 1 = 0-9.
		SatisfactionScale scale = new SatisfactionScale();
		int[][] bands = { { 100, 7 }, { 80, 7 }, { 79, 6 }, { 60, 6 }, { 59, 5 }, { 40, 5 }, { 39, 4 }, { 30, 4 }, { 29, 3 },
				{ 20, 3 }, { 19, 2 }, { 10, 2 }, { 9, 1 }, { 0, 1 } };
		for (int[] band : bands) {
			assertEquals(band[1], scale.levelOfScore(band[0]), "score " + band[0]);
		}
	}
}
