package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.svc.*;

import com.google.inject.Inject;

/** D11-D13: ratings, survey weights, SERVQUAL zone of tolerance, convenience audit. */
public class SatisfactionValidator extends SvcChecks {

	private static final BigDecimal SCALE_MIN = BigDecimal.ONE;
	private static final BigDecimal SCALE_MAX = BigDecimal.valueOf(7);
	@Inject private SatisfactionScale satisfactionScale;

	@Check
	public void checkRating(Touchpoint touchpoint) {
		checkRatingNumber(touchpoint, TOUCHPOINT__RATING_NUMBER, touchpoint.getRatingNumber());
	}

	@Check
	public void checkRating(SurveyItem item) {
		checkRatingNumber(item, SURVEY_ITEM__RATING_NUMBER, item.getRatingNumber());
	}

	private void checkRatingNumber(EObject owner, EStructuralFeature feature, int rating) {
		if (written(owner, feature) && !satisfactionScale.isOnScale(rating)) {
			error("Ratings are on the 7-level scale, 1 (very-dissatisfied) to 7 (very-satisfied); " + rating
					+ " is outside it: write a number from 1 to 7 or a level word.", owner, feature, IssueCodes.RATING_OUT_OF_SCALE);
		}
	}

	@Check
	public void checkSurveyWeights(SatisfactionSurvey survey) {
		if (survey.getItems().isEmpty()) {
			return;
		}
		BigDecimal total = satisfactionScale.totalWeight(survey);
		if (total.compareTo(SatisfactionScale.FULL_WEIGHT) != 0) {
			error("The survey item weights add up to " + total.stripTrailingZeros().toPlainString()
					+ "%, not 100%: adjust them so the weighted score is meaningful.", survey, null, IssueCodes.SURVEY_WEIGHTS);
		}
	}

	@Check
	public void checkQualityDimension(QualityDimension dimension) {
		boolean inScale = true;
		inScale &= checkScale(dimension, dimension.getDesired(), QUALITY_DIMENSION__DESIRED);
		inScale &= checkScale(dimension, dimension.getAdequate(), QUALITY_DIMENSION__ADEQUATE);
		inScale &= checkScale(dimension, dimension.getPerceived(), QUALITY_DIMENSION__PERCEIVED);
		if (!inScale || dimension.getDesired() == null || dimension.getAdequate() == null) {
			return;
		}
		if (dimension.getAdequate().compareTo(dimension.getDesired()) > 0) {
			error("The adequate level of " + dimension.getKind().getLiteral() + " (" + plain(dimension.getAdequate())
					+ ") is above the desired level (" + plain(dimension.getDesired())
					+ "): the adequate level is the least a customer accepts, so it cannot exceed what they desire.",
					dimension, QUALITY_DIMENSION__ADEQUATE, IssueCodes.QUALITY_ADEQUATE_ABOVE_DESIRED);
		} else if (dimension.getPerceived() != null && dimension.getPerceived().compareTo(dimension.getAdequate()) < 0) {
			info("Perceived " + dimension.getKind().getLiteral() + " (" + plain(dimension.getPerceived())
					+ ") is below the zone of tolerance (" + plain(dimension.getAdequate()) + " to "
					+ plain(dimension.getDesired()) + "): customers are dissatisfied here.", dimension,
					QUALITY_DIMENSION__PERCEIVED, IssueCodes.QUALITY_BELOW_TOLERANCE);
		}
	}

	private boolean checkScale(QualityDimension dimension, BigDecimal value, EAttribute feature) {
		if (value != null && (value.compareTo(SCALE_MIN) < 0 || value.compareTo(SCALE_MAX) > 0)) {
			error("Service-quality levels are on the 1 to 7 scale; " + plain(value) + " is outside it.", dimension, feature,
					IssueCodes.QUALITY_OUT_OF_SCALE);
			return false;
		}
		return true;
	}

	@Check
	public void checkConvenienceAudit(ConvenienceAudit audit) {
		if (audit.getItems().isEmpty()) {
			return;
		}
		Set<ConvenienceType> covered = EnumSet.noneOf(ConvenienceType.class);
		audit.getItems().forEach(item -> covered.add(item.getType()));
		List<String> missing = new ArrayList<>();
		for (ConvenienceType type : ConvenienceType.VALUES) {
			if (!covered.contains(type)) {
				missing.add(type.getLiteral());
			}
		}
		if (!missing.isEmpty()) {
			warning("The convenience audit has no " + String.join(", ", missing) + " question"
					+ (missing.size() > 1 ? "s" : "") + " (D13 names five types): add one per type.", audit, null,
					IssueCodes.CONVENIENCE_TYPE_MISSING, missing.toArray(String[]::new));
		}
	}
}
