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
			error(say("score.out-of-range", score), owner, feature,
					IssueCodes.SCORE_OUT_OF_RANGE);
			return;
		}
		int rated = written(owner, word) ? wordLevel : written(owner, number) ? numberLevel : 0;
		int band = satisfactionScale.levelOfScore(score);
		if (rated > 0 && rated != band) {
			warning(say("rating.score-disagree", score, band, satisfactionScale.levelOf(band).getLiteral(), rated,
					satisfactionScale.levelOf(Math.max(1, Math.min(7, rated))).getLiteral()), owner, feature, IssueCodes.RATING_SCORE_DISAGREE);
		}
	}

	/** D11: each loyalty indicator is measured in its own kind of value. */
	@Check
	public void checkLoyalty(Loyalty loyalty) {
		List<ILeafNode> typesLines = typesKeywords(loyalty);
		for (int i = 1; i < typesLines.size(); i++) {
			getMessageAcceptor().acceptError(say("loyalty.types-repeated",
					loyalty.getTypes().stream().map(LoyaltyType::getLiteral).distinct().collect(Collectors.joining(", "))),
					loyalty, typesLines.get(i).getOffset(), typesLines.get(i).getLength(), IssueCodes.LOYALTY_TYPES_REPEATED);
		}
		Set<String> seen = new HashSet<>();
		for (LoyaltyIndicator indicator : loyalty.getIndicators()) {
			String expected = switch (indicator.getKind()) {
				case REPEAT_PURCHASE, CATEGORY_SHARE -> indicator.getShare() == null ? say("loyalty.measured.share") : null;
				case SELECTION_TIME -> indicator.getTime() == null ? say("loyalty.measured.time") : null;
				default -> indicator.getShare() != null || indicator.getTime() != null ? say("loyalty.measured.level") : null;
			};
			if (expected != null) {
				error(say("loyalty.indicator-value", indicator.getKind().getLiteral(), expected), indicator,
						LOYALTY_INDICATOR__KIND, IssueCodes.LOYALTY_INDICATOR_VALUE);
			}
			if (indicator.getSegment() != null && indicator.getSegment().eIsProxy()) {
				continue; // an unknown segment is reported by the linker
			}
			String key = indicator.getKind().getLiteral() + "@" + (indicator.getSegment() == null ? "" : indicator.getSegment().getName());
			if (!seen.add(key)) {
				warning(indicator.getSegment() == null ? say("loyalty.indicator-repeated", indicator.getKind().getLiteral())
						: say("loyalty.indicator-repeated.segment", indicator.getKind().getLiteral(), indicator.getSegment().getName()),
						indicator, LOYALTY_INDICATOR__KIND, IssueCodes.LOYALTY_INDICATOR_REPEATED);
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
			error(say("rating.out-of-scale", rating), owner, feature, IssueCodes.RATING_OUT_OF_SCALE);
		}
	}

	@Check
	public void checkSurveyWeights(SatisfactionSurvey survey) {
		if (survey.getItems().isEmpty()) {
			return;
		}
		BigDecimal total = satisfactionScale.totalWeight(survey);
		if (total.compareTo(SatisfactionScale.FULL_WEIGHT) != 0) {
			error(say("survey.weights", total.stripTrailingZeros().toPlainString()), survey, null, IssueCodes.SURVEY_WEIGHTS);
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
			error(say("quality.adequate-above-desired", dimension.getKind().getLiteral(), plain(dimension.getAdequate()),
					plain(dimension.getDesired())),
					dimension, QUALITY_DIMENSION__ADEQUATE, IssueCodes.QUALITY_ADEQUATE_ABOVE_DESIRED);
		} else if (dimension.getPerceived() != null && dimension.getPerceived().compareTo(dimension.getAdequate()) < 0) {
			info(say("quality.below-tolerance", dimension.getKind().getLiteral(), plain(dimension.getPerceived()),
					plain(dimension.getAdequate()), plain(dimension.getDesired())), dimension,
					QUALITY_DIMENSION__PERCEIVED, IssueCodes.QUALITY_BELOW_TOLERANCE);
		}
	}

	private boolean checkScale(QualityDimension dimension, BigDecimal value, EAttribute feature) {
		if (value != null && (value.compareTo(SCALE_MIN) < 0 || value.compareTo(SCALE_MAX) > 0)) {
			error(say("quality.out-of-scale", plain(value)), dimension, feature,
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
			warning(say(missing.size() > 1 ? "convenience.type-missing" : "convenience.type-missing.one", findings().listed(missing)), audit, null,
					IssueCodes.CONVENIENCE_TYPE_MISSING, missing.toArray(String[]::new));
		}
	}
}
