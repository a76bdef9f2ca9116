package org.svcworkbench.svc.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.svc.SurveyItem;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * A rating that disagrees with its 0-100 score (D11): rate it at the score's level, in the form the
 * rating is written in (a word or a number).
 */
final class RatingFix implements Quickfix {

	@Inject
	private SatisfactionScale scale;

	@Override
	public String code() {
		return IssueCodes.RATING_SCORE_DISAGREE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		EObject owner = context.find(Touchpoint.class);
		if (owner == null) {
			owner = context.find(SurveyItem.class);
		}
		if (owner == null || !(owner.eGet(owner.eClass().getEStructuralFeature("score")) instanceof Integer score)
				|| !scale.isScore(score)) {
			return;
		}
		int band = scale.levelOfScore(score);
		String word = scale.levelOf(band).getLiteral();
		ExpectedValueFix.propose(context, owner, feature(owner, "rating"), word, context.say("fix.rating.word", word, score), proposals);
		ExpectedValueFix.propose(context, owner, feature(owner, "ratingNumber"), String.valueOf(band),
				context.say("fix.rating.number", band, score), proposals);
	}

	private static EStructuralFeature feature(EObject owner, String name) {
		return owner.eClass().getEStructuralFeature(name);
	}
}
