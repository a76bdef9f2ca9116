package org.svcworkbench.svc.generator.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.svcworkbench.svc.domain.RelationshipAdvisor;
import org.svcworkbench.svc.domain.ServiceSegments;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.generator.view.ServiceView.Fact;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.Stakeholder;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.RelationshipLevel;
import org.svcworkbench.svc.words.Labels;

/**
 * D10 in the report: each segment the service serves with its customers × margin, its declared
 * relationship level, the level Kotler's grid recommends and the designer's reason where they
 * differ; then the other parties the service keeps relationships with (stakeholders in the
 * service, or in its folder), each with its market, owner and goals.
 */
final class RelationshipFacts {

	private final ReportTexts texts;
	private final RelationshipAdvisor advisor = new RelationshipAdvisor();

	RelationshipFacts(ReportTexts texts) {
		this.texts = texts;
	}

	List<Fact> of(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (Segment segment : ServiceSegments.of(service)) {
			facts.add(new Fact(Labels.of(segment.getLabel(), segment.getName()), segment(segment)));
		}
		for (Stakeholder stakeholder : ServiceSegments.declared(service, Stakeholder.class)) {
			facts.add(new Fact(Labels.of(stakeholder.getLabel(), stakeholder.getName()), stakeholder(stakeholder)));
		}
		return facts;
	}

	private String segment(Segment segment) {
		List<String> parts = new ArrayList<>();
		boolean classified = written(segment, SvcPackage.Literals.SEGMENT__CUSTOMERS) && written(segment, SvcPackage.Literals.SEGMENT__MARGIN);
		if (classified) {
			parts.add(texts.format("relationships.classification", texts.get("customers." + segment.getCustomers().getName()),
					texts.get("margin." + segment.getMargin().getName())));
		}
		if (written(segment, SvcPackage.Literals.SEGMENT__RELATIONSHIP)) {
			parts.add(texts.format("relationships.level", level(segment.getRelationship())));
			advisor.deviation(segment).ifPresent(recommended -> parts.add(texts.format("relationships.recommended",
					recommended.stream().map(this::level).collect(Collectors.joining(texts.get("relationships.or"))))));
			if (segment.getRelationshipReason() != null) {
				parts.add(texts.format("relationships.because", segment.getRelationshipReason()));
			}
		}
		if (written(segment, SvcPackage.Literals.SEGMENT__APPROACH)) {
			parts.add(texts.get("approach." + segment.getApproach().getName()));
		}
		if (written(segment, SvcPackage.Literals.SEGMENT__MARKET)) {
			parts.add(texts.get("relationshipMarket." + segment.getMarket().getName()));
		}
		common(parts, segment.getOwner(), segment.getShortTermGoal(), segment.getLongTermGoal(), segment.getDescription());
		return String.join(texts.get("punctuation.semicolon"), parts);
	}

	private String stakeholder(Stakeholder stakeholder) {
		List<String> parts = new ArrayList<>();
		if (written(stakeholder, SvcPackage.Literals.STAKEHOLDER__MARKET)) {
			parts.add(texts.get("relationshipMarket." + stakeholder.getMarket().getName()));
		}
		common(parts, stakeholder.getOwner(), stakeholder.getShortTermGoal(), stakeholder.getLongTermGoal(), stakeholder.getDescription());
		return String.join(texts.get("punctuation.semicolon"), parts);
	}

	private void common(List<String> parts, Role owner, String shortTerm, String longTerm, String description) {
		if (owner != null && !owner.eIsProxy()) {
			parts.add(texts.format("relationships.owner", Labels.of(owner.getLabel(), owner.getName())));
		}
		if (shortTerm != null) {
			parts.add(texts.format("relationships.shortTerm", shortTerm));
		}
		if (longTerm != null) {
			parts.add(texts.format("relationships.longTerm", longTerm));
		}
		if (description != null) {
			parts.add(description);
		}
	}

	private String level(RelationshipLevel level) {
		return texts.get("relationship." + level.getName());
	}

	private static boolean written(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return Written.written(object, feature) && object.eGet(feature) != null;
	}
}
