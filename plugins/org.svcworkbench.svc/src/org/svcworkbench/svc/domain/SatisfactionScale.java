package org.svcworkbench.svc.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import org.svcworkbench.svc.vocabulary.SatisfactionLevel;
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

	/**
	 * The survey's weights scaled in proportion so that they add up to exactly 100%, in whole
	 * percent: each rounded down, then the points left over go to the largest remainders (ties to
	 * the earlier item). Items without a weight keep none. Empty when no item has a positive weight.
	 */
	public java.util.List<BigDecimal> rescaledWeights(SatisfactionSurvey survey) {
		BigDecimal total = totalWeight(survey);
		int n = survey.getItems().size();
		if (total.signum() <= 0) {
			return java.util.List.of();
		}
		BigDecimal[] result = new BigDecimal[n];
		BigDecimal[] remainders = new BigDecimal[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			SurveyItem item = survey.getItems().get(i);
			BigDecimal weight = item.getWeight() == null || item.getWeight().getValue() == null ? BigDecimal.ZERO
					: item.getWeight().getValue();
			BigDecimal exact = weight.multiply(FULL_WEIGHT).divide(total, 10, RoundingMode.HALF_EVEN);
			result[i] = exact.setScale(0, RoundingMode.FLOOR);
			remainders[i] = exact.subtract(result[i]);
			given += result[i].intValue();
		}
		for (int left = FULL_WEIGHT.intValue() - given; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < n; i++) {
				if (remainders[i].compareTo(remainders[best]) > 0) {
					best = i;
				}
			}
			result[best] = result[best].add(BigDecimal.ONE);
			remainders[best] = BigDecimal.valueOf(-1);
		}
		return java.util.List.of(result);
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

	/** The rating of an item on the 1..7 scale, by level word, number or 0-100 score; empty if none is usable. */
	public OptionalInt level(SurveyItem item) {
		return level(item, SvcPackage.Literals.SURVEY_ITEM__RATING, item.getRating(), SvcPackage.Literals.SURVEY_ITEM__RATING_NUMBER,
				item.getRatingNumber(), SvcPackage.Literals.SURVEY_ITEM__SCORE, item.getScore());
	}

	/** The rating of a touchpoint on the 1..7 scale, by level word, number or 0-100 score; empty if none is usable. */
	public OptionalInt level(Touchpoint touchpoint) {
		return level(touchpoint, SvcPackage.Literals.TOUCHPOINT__RATING, touchpoint.getRating(),
				SvcPackage.Literals.TOUCHPOINT__RATING_NUMBER, touchpoint.getRatingNumber(), SvcPackage.Literals.TOUCHPOINT__SCORE,
				touchpoint.getScore());
	}

	private OptionalInt level(EObject owner, EStructuralFeature word, SatisfactionLevel level, EStructuralFeature number, int value,
			EStructuralFeature scoreFeature, int score) {
		if (Written.written(owner, word)) {
			return OptionalInt.of(value(level));
		}
		if (Written.written(owner, number) && isOnScale(value)) {
			return OptionalInt.of(value);
		}
		if (NodeModelUtils.getNode(owner) != null && Written.written(owner, scoreFeature) && isScore(score)) {
			return OptionalInt.of(levelOfScore(score));
		}
		return OptionalInt.empty();
	}

	/**
	 * The level of a 0-100 score by the bands of D11's table: 80-100 is 7, 60-79 is 6, 40-59 is 5,
	 * 30-39 is 4, 20-29 is 3; the table gives no bands for 2 and 1, so 10-19 is 2 and 0-9 is 1.
	 */
	public int levelOfScore(int score) {
		if (score >= 80) return 7;
		if (score >= 60) return 6;
		if (score >= 40) return 5;
		if (score >= 30) return 4;
		if (score >= 20) return 3;
		if (score >= 10) return 2;
		return 1;
	}

	public boolean isScore(int score) {
		return score >= 0 && score <= 100;
	}

	public boolean isOnScale(int rating) {
		return rating >= 1 && rating <= 7;
	}

	/** The level word for a rating of 1..7. */
	public SatisfactionLevel levelOf(int rating) {
		return SatisfactionLevel.get(rating - 1);
	}

	/**
	 * The survey's weighted satisfaction on the 1..7 scale: the sum of its items' scores. Empty unless
	 * every item is rated and the weights add up to 100%, when the sum would not be on the scale.
	 */
	public Optional<BigDecimal> weightedScore(SatisfactionSurvey survey) {
		if (survey.getItems().isEmpty() || totalWeight(survey).compareTo(FULL_WEIGHT) != 0) {
			return Optional.empty();
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (SurveyItem item : survey.getItems()) {
			BigDecimal score = score(item);
			if (score == null) {
				return Optional.empty();
			}
			sum = sum.add(score);
		}
		return Optional.of(sum);
	}

	/** The level a weighted score stands for, to the nearest level (5.5 is level 6, satisfied). */
	public SatisfactionLevel nearestLevel(BigDecimal score) {
		int level = score.setScale(0, RoundingMode.HALF_UP).intValue();
		return levelOf(Math.max(1, Math.min(7, level)));
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
