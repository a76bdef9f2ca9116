package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.domain.RelationshipAdvisor;
import org.svcworkbench.svc.domain.ServiceSegments;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.CustomerCount;
import org.svcworkbench.svc.vocabulary.Margin;
import org.svcworkbench.svc.vocabulary.RelationshipLevel;
import org.svcworkbench.svc.words.Labels;

/** The relationship-level grid of a service's segments (those its market names, else its folder's). */
public final class RelationshipGridDescriber {

	/** Rows and columns in the order of D10's table. */
	static final List<CustomerCount> ROWS = List.of(CustomerCount.MANY, CustomerCount.MEDIUM, CustomerCount.FEW);
	static final List<Margin> COLUMNS = List.of(Margin.HIGH, Margin.MEDIUM, Margin.LOW);

	private final DiagramLanguage language;
	private final RelationshipAdvisor advisor = new RelationshipAdvisor();

	public RelationshipGridDescriber(DiagramLanguage language) {
		this.language = language;
	}

	public static boolean hasGrid(Service service) {
		return !ServiceSegments.of(service).isEmpty();
	}

	public RelationshipGridDescription describe(Service service) {
		List<List<String>> recommended = new ArrayList<>();
		for (CustomerCount customers : ROWS) {
			List<String> row = new ArrayList<>();
			for (Margin margin : COLUMNS) {
				row.add(language.recommendedLevel(levels(advisor.recommended(customers, margin))));
			}
			recommended.add(row);
		}
		List<RelationshipGridDescription.Chip> chips = new ArrayList<>(), unplaced = new ArrayList<>();
		for (Segment segment : ServiceSegments.of(service)) {
			boolean classified = written(segment, SvcPackage.Literals.SEGMENT__CUSTOMERS) && written(segment, SvcPackage.Literals.SEGMENT__MARGIN);
			boolean declared = written(segment, SvcPackage.Literals.SEGMENT__RELATIONSHIP);
			String label = Labels.of(segment.getLabel(), segment.getName());
			String level = declared ? language.words().get("relationship." + segment.getRelationship().getName()) : language.noLevel();
			RelationshipGridDescription.Fit fit;
			if (!advisor.classified(segment)) {
				fit = RelationshipGridDescription.Fit.UNDECLARED; // nothing to compare with the grid
			} else if (advisor.deviation(segment).isEmpty()) {
				fit = RelationshipGridDescription.Fit.RECOMMENDED;
			} else {
				fit = segment.getRelationshipReason() != null ? RelationshipGridDescription.Fit.REASONED : RelationshipGridDescription.Fit.DEVIATES;
			}
			String tooltip = label + ": " + language.declaredLevel(level)
					+ (segment.getRelationshipReason() == null ? "" : " — " + segment.getRelationshipReason());
			var chip = new RelationshipGridDescription.Chip("segment-" + segment.getName(), classified ? ROWS.indexOf(segment.getCustomers()) : -1,
					classified ? COLUMNS.indexOf(segment.getMargin()) : -1, label, language.declaredLevel(level), fit, tooltip);
			(classified ? chips : unplaced).add(chip);
		}
		return new RelationshipGridDescription("relationship-grid", Labels.of(service.getLabel(), service.getName()) + " · " + language.relationshipGrid(),
				language.customersAxis(), language.marginAxis(),
				ROWS.stream().map(c -> language.words().get("customers." + c.getName())).toList(),
				COLUMNS.stream().map(m -> language.words().get("margin." + m.getName())).toList(), recommended, chips, unplaced,
				new RelationshipGridDescription.Words(language.recommendedFit(), language.reasonedFit(), language.deviatingFit(), language.unplaced()));
	}

	private String levels(Set<RelationshipLevel> levels) {
		return levels.stream().sorted().map(l -> language.words().get("relationship." + l.getName())).collect(Collectors.joining(language.or()));
	}

	private static boolean written(Segment segment, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return Written.written(segment, feature) && segment.eGet(feature) != null;
	}
}
