package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.RelationshipAdvisor;
import org.svcworkbench.svc.domain.StrategicOrientation;
import org.svcworkbench.svc.svc.*;

import com.google.inject.Inject;

/** D9, D10: strategic orientation and relationship levels. */
public class StrategyValidator extends SvcChecks {

	@Inject private RelationshipAdvisor relationshipAdvisor;
	@Inject private StrategicOrientation strategicOrientation;

	@Check
	public void checkRelationshipLevel(Segment segment) {
		if (written(segment, SEGMENT__CUSTOMERS) && written(segment, SEGMENT__MARGIN) && written(segment, SEGMENT__RELATIONSHIP)) {
			Set<RelationshipLevel> recommended = relationshipAdvisor.recommended(segment.getCustomers(), segment.getMargin());
			if (!recommended.contains(segment.getRelationship())) {
				String levels = recommended.stream().map(RelationshipLevel::getLiteral).collect(Collectors.joining(" or "));
				warning("Segment '" + segment.getName() + "' has " + segment.getCustomers().getLiteral() + " customers and "
						+ segment.getMargin().getLiteral() + " margin, for which the recommended relationship level is " + levels
						+ ", not " + segment.getRelationship().getLiteral() + " (D10).", segment, SEGMENT__RELATIONSHIP,
						IssueCodes.RELATIONSHIP_LEVEL, levels);
			}
		}
	}

	@Check
	public void checkOrientation(Orientation orientation) {
		if (written(orientation, ORIENTATION__PRODUCT_QUALITY) && written(orientation, ORIENTATION__SERVICE_LEVEL)) {
			OrientationKind expected = strategicOrientation.quadrant(orientation.getProductQuality(), orientation.getServiceLevel());
			if (expected != orientation.getKind()) {
				warning("Product quality " + orientation.getProductQuality().getLiteral() + " and service level "
						+ orientation.getServiceLevel().getLiteral() + " make a " + expected.getLiteral()
						+ "-oriented service (D9), not " + orientation.getKind().getLiteral() + "-oriented.", orientation,
						ORIENTATION__KIND, IssueCodes.ORIENTATION_QUADRANT, expected.getLiteral());
			}
		}
	}
}
