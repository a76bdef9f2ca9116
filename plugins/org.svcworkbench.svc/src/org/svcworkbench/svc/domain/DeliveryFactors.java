package org.svcworkbench.svc.domain;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.svc.DeliveryDesign;
import org.svcworkbench.svc.vocabulary.DeliveryApproach;
import org.svcworkbench.svc.vocabulary.DeliveryEnvironment;
import org.svcworkbench.svc.vocabulary.DeliveryRelationship;
import org.svcworkbench.svc.vocabulary.DeliveryStaff;
import org.svcworkbench.svc.vocabulary.DeliveryStrategy;
import org.svcworkbench.svc.vocabulary.DeliveryTechnology;

/**
 * D17: the five factors of a delivery design and the approach each points to: low cost, short
 * transactions, routine technology, a stable environment and unskilled staff favour the
 * production line; their opposites favour empowerment.
 */
public class DeliveryFactors {

	/** The factors written for this design that point to the other approach, as "technology routine". */
	public List<String> against(DeliveryDesign design) {
		boolean line = design.getApproach() == DeliveryApproach.PRODUCTION_LINE;
		List<String> against = new ArrayList<>();
		if (written(design, DELIVERY_DESIGN__STRATEGY)) {
			add(against, line, "strategy " + design.getStrategy().getLiteral(), design.getStrategy() == DeliveryStrategy.LOW_COST);
		}
		if (written(design, DELIVERY_DESIGN__RELATIONSHIP)) {
			add(against, line, "relationship " + design.getRelationship().getLiteral(),
					design.getRelationship() == DeliveryRelationship.TRANSACTIONAL);
		}
		if (written(design, DELIVERY_DESIGN__TECHNOLOGY)) {
			add(against, line, "technology " + design.getTechnology().getLiteral(), design.getTechnology() == DeliveryTechnology.ROUTINE);
		}
		if (written(design, DELIVERY_DESIGN__ENVIRONMENT)) {
			add(against, line, "environment " + design.getEnvironment().getLiteral(),
					design.getEnvironment() == DeliveryEnvironment.STABLE);
		}
		if (written(design, DELIVERY_DESIGN__STAFF)) {
			add(against, line, "staff " + design.getStaff().getLiteral(), design.getStaff() == DeliveryStaff.UNSKILLED);
		}
		return against;
	}

	private static void add(List<String> against, boolean productionLine, String factor, boolean pointsToProductionLine) {
		if (pointsToProductionLine != productionLine) {
			against.add(factor);
		}
	}
}
