package org.svcworkbench.svc.domain;

import java.math.BigDecimal;

import org.svcworkbench.svc.svc.SatisfactionLevel;
import org.svcworkbench.svc.svc.SatisfactionSurvey;
import org.svcworkbench.svc.svc.SurveyItem;
import org.svcworkbench.svc.svc.SvcPackage;

/** D11: the 7-level satisfaction scale and weighted survey scores. */
public class SatisfactionScale {

	public static final BigDecimal FULL_WEIGHT = BigDecimal.valueOf(100);

	/** 1 (very dissatisfied) to 7 (very satisfied); literals are declared lowest first. */
	public int value(SatisfactionLevel level) {
		return level.getValue() + 1;
	}

	public BigDecimal totalWeight(SatisfactionSurvey survey) {
		BigDecimal sum = BigDecimal.ZERO;
		for (SurveyItem item : survey.getItems()) {
			if (item.getWeight() != null && item.getWeight().getValue() != null) {
				sum = sum.add(item.getWeight().getValue());
			}
		}
		return sum;
	}

	/** Score of an item = weight x rating, with the weight as a fraction (30% x 6 = 1.8). */
	public BigDecimal score(SurveyItem item) {
		if (item.getWeight() == null || item.getWeight().getValue() == null || !Written.written(item, SvcPackage.Literals.SURVEY_ITEM__RATING)) {
			return null;
		}
		return item.getWeight().getValue().multiply(BigDecimal.valueOf(value(item.getRating()))).divide(FULL_WEIGHT);
	}
}
