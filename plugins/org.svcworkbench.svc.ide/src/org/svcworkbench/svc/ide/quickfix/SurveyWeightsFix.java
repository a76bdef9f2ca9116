package org.svcworkbench.svc.ide.quickfix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.svc.SatisfactionSurvey;
import org.svcworkbench.svc.svc.SurveyItem;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

import com.google.inject.Inject;

/** Survey weights that do not add up to 100%: scale them in proportion (SatisfactionScale). */
final class SurveyWeightsFix implements Quickfix {

	@Inject
	private SatisfactionScale scale;

	@Override
	public String code() {
		return IssueCodes.SURVEY_WEIGHTS;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		SatisfactionSurvey survey = context.find(SatisfactionSurvey.class);
		if (survey == null) {
			return;
		}
		List<BigDecimal> weights = scale.rescaledWeights(survey);
		if (weights.isEmpty()) {
			return;
		}
		List<TextEdit> edits = new ArrayList<>();
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < weights.size(); i++) {
			SurveyItem item = survey.getItems().get(i);
			String value = weights.get(i).toPlainString();
			shown.add(value + "%");
			if (item.getWeight() == null) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(item.getWeight(), SvcPackage.Literals.PERCENT__VALUE);
			if (!nodes.isEmpty()) {
				INode node = nodes.get(0);
				edits.add(context.replace(node.getOffset(), node.getEndOffset(), value));
			}
		}
		proposals.accept(context.say("fix.weights.scale", context.words().listed(shown)), edits);
	}
}
