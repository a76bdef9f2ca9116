package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.Swot;
import org.svcworkbench.svc.svc.SwotFactor;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.Level;
import org.svcworkbench.svc.vocabulary.SwotKind;
import org.svcworkbench.svc.words.Labels;

/** The opportunity and threat matrices of a service's SWOT, with the codes the SWOT figure gives (O1, T2). */
public final class OpportunityThreatDescriber {

	private final DiagramLanguage language;

	public OpportunityThreatDescriber(DiagramLanguage language) {
		this.language = language;
	}

	public static boolean hasMatrices(Service service) {
		return factors(service).stream().anyMatch(f -> f.getKind() == SwotKind.OPPORTUNITY || f.getKind() == SwotKind.THREAT);
	}

	public OpportunityThreatDescription describe(Service service) {
		List<OpportunityThreatDescription.Item> opportunities = new ArrayList<>(), threats = new ArrayList<>(), unplaced = new ArrayList<>();
		int o = 0, t = 0;
		for (SwotFactor factor : factors(service)) {
			boolean opportunity = factor.getKind() == SwotKind.OPPORTUNITY;
			if (!opportunity && factor.getKind() != SwotKind.THREAT || factor.getName() == null) {
				continue;
			}
			String code = opportunity ? "O" + ++o : "T" + ++t;
			String text = code + " " + Labels.of(factor.getLabel(), factor.getName());
			int row = opportunity ? index(factor, SvcPackage.Literals.SWOT_FACTOR__ATTRACTIVENESS, factor.getAttractiveness())
					: index(factor, SvcPackage.Literals.SWOT_FACTOR__SEVERITY, factor.getSeverity());
			int column = opportunity ? index(factor, SvcPackage.Literals.SWOT_FACTOR__SUCCESS, factor.getSuccess())
					: index(factor, SvcPackage.Literals.SWOT_FACTOR__PROBABILITY, factor.getProbability());
			var item = new OpportunityThreatDescription.Item("factor-" + factor.getName(), row, column, text, text);
			(row < 0 || column < 0 ? unplaced : opportunity ? opportunities : threats).add(item);
		}
		List<String> levels = List.of(language.words().get("margin.HIGH"), language.words().get("margin.LOW"));
		List<OpportunityThreatDescription.Matrix> matrices = List.of(
				new OpportunityThreatDescription.Matrix("opportunity", language.opportunityMatrix(), language.attractiveness(),
						language.success(), levels, language.opportunityCaptions(), opportunities),
				new OpportunityThreatDescription.Matrix("threat", language.threatMatrix(), language.severity(), language.probability(), levels,
						language.threatCaptions(), threats));
		return new OpportunityThreatDescription("opportunity-threat-matrices",
				Labels.of(service.getLabel(), service.getName()) + " · " + language.opportunityThreatTitle(), matrices, language.notPlaced(),
				unplaced);
	}

	/** 0 for high, 1 for low, -1 when the rating is not written. */
	private static int index(SwotFactor factor, EStructuralFeature feature, Level level) {
		if (!Written.written(factor, feature) || level == null) {
			return -1;
		}
		return level == Level.HIGH ? 0 : 1;
	}

	private static List<SwotFactor> factors(Service service) {
		List<SwotFactor> factors = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Swot swot) {
				factors.addAll(swot.getFactors());
			}
		}
		return factors;
	}
}
