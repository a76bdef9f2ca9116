package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.DeliveryFactors;
import org.svcworkbench.svc.domain.RelationshipAdvisor;
import org.svcworkbench.svc.domain.StrategicOrientation;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

import com.google.inject.Inject;

/** D9, D10: strategic orientation and relationship levels. */
public class StrategyValidator extends SvcChecks {

	@Inject private RelationshipAdvisor relationshipAdvisor;
	@Inject private StrategicOrientation strategicOrientation;
	@Inject private DeliveryFactors deliveryFactors;

	@Check
	public void checkRelationshipLevel(Segment segment) {
		if (segment.getRelationshipReason() == null) {
			relationshipAdvisor.deviation(segment).ifPresent(recommended -> {
				String levels = recommended.stream().map(RelationshipLevel::getLiteral).collect(Collectors.joining(" or ")); // quick-fix data
				warning(say("relationship.level", segment.getName(), segment.getCustomers().getLiteral(), segment.getMargin().getLiteral(),
						findings().or(recommended.stream().map(RelationshipLevel::getLiteral).toList()), segment.getRelationship().getLiteral()),
						segment, SEGMENT__RELATIONSHIP,
						IssueCodes.RELATIONSHIP_LEVEL, levels);
			});
		}
	}

	/** D10: a transactional approach and a close relationship level contradict each other. */
	@Check
	public void checkApproach(Segment segment) {
		if (!written(segment, SEGMENT__APPROACH) || !written(segment, SEGMENT__RELATIONSHIP)) {
			return;
		}
		boolean close = segment.getRelationship() == RelationshipLevel.PROACTIVE || segment.getRelationship() == RelationshipLevel.PARTNERSHIP;
		boolean distant = segment.getRelationship() == RelationshipLevel.BASIC;
		if ((segment.getApproach() == MarketingApproach.TRANSACTIONAL && close)
				|| (segment.getApproach() == MarketingApproach.RELATIONSHIP && distant)) {
			warning(say("segment.approach-level", segment.getName(), segment.getApproach().getLiteral(),
					segment.getRelationship().getLiteral()), segment, SEGMENT__APPROACH,
					IssueCodes.SEGMENT_APPROACH_LEVEL);
		}
	}

	@Check
	public void checkStakeholder(Stakeholder stakeholder) {
		if (!written(stakeholder, STAKEHOLDER__MARKET)) {
			warning(say("stakeholder.no-market", stakeholder.getName()), stakeholder, TOP_LEVEL_ELEMENT__NAME,
					IssueCodes.STAKEHOLDER_NO_MARKET);
		}
	}

	/** D17: the factors of the delivery design should point to the approach chosen. */
	@Check
	public void checkDeliveryFactors(DeliveryDesign design) {
		List<String> against = deliveryFactors.against(design);
		if (!against.isEmpty()) {
			String other = design.getApproach() == DeliveryApproach.PRODUCTION_LINE ? "empowerment" : "production-line";
			warning(say(against.size() == 1 ? "delivery.factors-disagree.one" : "delivery.factors-disagree", design.getApproach().getLiteral(),
					findings().listed(against.stream().map(factor -> say("code", factor)).toList()), other), design, DELIVERY_DESIGN__APPROACH,
					IssueCodes.DELIVERY_FACTORS_DISAGREE);
		}
	}

	@Check
	public void checkOrientation(Orientation orientation) {
		if (written(orientation, ORIENTATION__PRODUCT_QUALITY) && written(orientation, ORIENTATION__SERVICE_LEVEL)) {
			OrientationKind expected = strategicOrientation.quadrant(orientation.getProductQuality(), orientation.getServiceLevel());
			if (expected != orientation.getKind()) {
				warning(say("orientation.quadrant", orientation.getProductQuality().getLiteral(), orientation.getServiceLevel().getLiteral(),
						expected.getLiteral(), orientation.getKind().getLiteral()), orientation,
						ORIENTATION__KIND, IssueCodes.ORIENTATION_QUADRANT, expected.getLiteral());
			}
		}
	}
}
