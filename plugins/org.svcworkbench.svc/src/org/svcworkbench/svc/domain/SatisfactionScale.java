package org.svcworkbench.svc.domain;

import java.math.BigDecimal;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.svcworkbench.svc.svc.SatisfactionLevel;
import org.svcworkbench.svc.svc.SatisfactionSurvey;
import org.svcworkbench.svc.svc.SurveyItem;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;

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

	/** The rating of an item on the 1..7 scale, given as a level word or a number; empty if none or off the scale. */
	public OptionalInt level(SurveyItem item) {
		return level(item, SvcPackage.Literals.SURVEY_ITEM__RATING, item.getRating(), SvcPackage.Literals.SURVEY_ITEM__RATING_NUMBER,
				item.getRatingNumber());
	}

	/** The rating of a touchpoint on the 1..7 scale, given as a level word or a number; empty if none or off the scale. */
	public OptionalInt level(Touchpoint touchpoint) {
		return level(touchpoint, SvcPackage.Literals.TOUCHPOINT__RATING, touchpoint.getRating(),
				SvcPackage.Literals.TOUCHPOINT__RATING_NUMBER, touchpoint.getRatingNumber());
	}

	private OptionalInt level(EObject owner, EStructuralFeature word, SatisfactionLevel level, EStructuralFeature number, int value) {
		if (Written.written(owner, word)) {
			return OptionalInt.of(value(level));
		}
		if (Written.written(owner, number) && isOnScale(value)) {
			return OptionalInt.of(value);
		}
		return OptionalInt.empty();
	}

	public boolean isOnScale(int rating) {
		return rating >= 1 && rating <= 7;
	}

	/** The level word for a rating of 1..7. */
	public SatisfactionLevel levelOf(int rating) {
		return SatisfactionLevel.get(rating - 1);
	}

	/** Score of an item = weight x rating, with the weight as a fraction (30% x 6 = 1.8). */
	public BigDecimal score(SurveyItem item) {
		OptionalInt level = level(item);
		if (item.getWeight() == null || item.getWeight().getValue() == null || level.isEmpty()) {
			return null;
		}
		return item.getWeight().getValue().multiply(BigDecimal.valueOf(level.getAsInt())).divide(FULL_WEIGHT);
	}
}
