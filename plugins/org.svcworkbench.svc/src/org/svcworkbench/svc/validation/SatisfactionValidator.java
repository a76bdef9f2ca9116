package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

import com.google.inject.Inject;

/** D11-D13: ratings, survey weights, SERVQUAL zone of tolerance, convenience audit. */
public class SatisfactionValidator extends SvcChecks {

	private static final BigDecimal SCALE_MIN = BigDecimal.ONE;
	private static final BigDecimal SCALE_MAX = BigDecimal.valueOf(7);
	@Inject private SatisfactionScale satisfactionScale;

	@Check
	public void checkRating(Touchpoint touchpoint) {
		checkRatingNumber(touchpoint, TOUCHPOINT__RATING_NUMBER, touchpoint.getRatingNumber());
		checkScore(touchpoint, TOUCHPOINT__SCORE, touchpoint.getScore(), TOUCHPOINT__RATING, TOUCHPOINT__RATING_NUMBER,
				touchpoint.getRating() == null ? 0 : satisfactionScale.value(touchpoint.getRating()), touchpoint.getRatingNumber());
	}

	@Check
	public void checkRating(SurveyItem item) {
		checkRatingNumber(item, SURVEY_ITEM__RATING_NUMBER, item.getRatingNumber());
		checkScore(item, SURVEY_ITEM__SCORE, item.getScore(), SURVEY_ITEM__RATING, SURVEY_ITEM__RATING_NUMBER,
				item.getRating() == null ? 0 : satisfactionScale.value(item.getRating()), item.getRatingNumber());
	}

	/** D11: a 0-100 score, and if a rating is given too, the score must fall in that rating's band. */
	private void checkScore(EObject owner, EStructuralFeature feature, int score, EStructuralFeature word, EStructuralFeature number,
			int wordLevel, int numberLevel) {
		if (!written(owner, feature)) {
			return;
		}
		if (!satisfactionScale.isScore(score)) {
			error("Scores run from 0 to 100; " + score + " is outside: write a score from 0 to 100.", owner, feature,
					IssueCodes.SCORE_OUT_OF_RANGE);
			return;
		}
		int rated = written(owner, word) ? wordLevel : written(owner, number) ? numberLevel : 0;
		int band = satisfactionScale.levelOfScore(score);
		if (rated > 0 && rated != band) {
			warning("A score of " + score + " is level " + band + " (" + satisfactionScale.levelOf(band).getLiteral()
					+ ") on the 7-level scale, but the rating says " + rated + " (" + satisfactionScale.levelOf(Math.max(1, Math.min(7, rated))).getLiteral()
					+ "): make them agree, or keep one.", owner, feature, IssueCodes.RATING_SCORE_DISAGREE);
		}
	}

	/** D11: each loyalty indicator is measured in its own kind of value. */
	@Check
	public void checkLoyalty(Loyalty loyalty) {
		List<ILeafNode> typesLines = typesKeywords(loyalty);
		for (int i = 1; i < typesLines.size(); i++) {
			getMessageAcceptor().acceptError("The loyalty block has its 'types' line twice: put every type on one line, e.g. 'types "
					+ loyalty.getTypes().stream().map(LoyaltyType::getLiteral).distinct().collect(Collectors.joining(", ")) + "'.",
					loyalty, typesLines.get(i).getOffset(), typesLines.get(i).getLength(), IssueCodes.LOYALTY_TYPES_REPEATED);
		}
		Set<String> seen = new HashSet<>();
		for (LoyaltyIndicator indicator : loyalty.getIndicators()) {
			String expected = switch (indicator.getKind()) {
				case REPEAT_PURCHASE, CATEGORY_SHARE -> indicator.getShare() == null ? "a percentage such as 60%" : null;
				case SELECTION_TIME -> indicator.getTime() == null ? "a duration such as 10 min" : null;
				default -> indicator.getShare() != null || indicator.getTime() != null ? "high, medium, low or a text in quotes" : null;
			};
			if (expected != null) {
				error("The " + indicator.getKind().getLiteral() + " indicator is measured as " + expected + ".", indicator,
						LOYALTY_INDICATOR__KIND, IssueCodes.LOYALTY_INDICATOR_VALUE);
			}
			if (indicator.getSegment() != null && indicator.getSegment().eIsProxy()) {
				continue; // an unknown segment is reported by the linker
			}
			String key = indicator.getKind().getLiteral() + "@" + (indicator.getSegment() == null ? "" : indicator.getSegment().getName());
			if (!seen.add(key)) {
				warning("The " + indicator.getKind().getLiteral() + " indicator is given twice"
						+ (indicator.getSegment() == null ? "" : " for segment '" + indicator.getSegment().getName() + "'")
						+ ": keep one measurement.", indicator, LOYALTY_INDICATOR__KIND, IssueCodes.LOYALTY_INDICATOR_REPEATED);
			}
		}
	}

	/** The 'types' keywords written directly in the loyalty block. */
	private static List<ILeafNode> typesKeywords(Loyalty loyalty) {
		ICompositeNode node = NodeModelUtils.getNode(loyalty);
		List<ILeafNode> result = new ArrayList<>();
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof Keyword k && "types".equals(k.getValue())
						&& NodeModelUtils.findActualSemanticObjectFor(leaf) == loyalty) {
					result.add(leaf);
				}
			}
		}
		return result;
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
