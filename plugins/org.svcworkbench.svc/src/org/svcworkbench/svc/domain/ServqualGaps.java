package org.svcworkbench.svc.domain;

import java.math.BigDecimal;
import java.util.Optional;

import org.svcworkbench.svc.svc.QualityDimension;

/**
 * D12: where perceived quality stands against the customers' two expectation levels. The zone of
 * tolerance runs from the adequate level (the least they accept) to the desired one. The adequacy
 * gap is perceived minus adequate (negative: below the zone), the superiority gap perceived minus
 * desired (positive: above it).
 */
public class ServqualGaps {

	public enum Position {
		BELOW_TOLERANCE, WITHIN_TOLERANCE, ABOVE_DESIRED
	}

	public record Gap(BigDecimal adequacy, BigDecimal superiority, Position position) {
	}

	/** Empty when a level is missing, or adequate lies above desired (the validator reports that). */
	public Optional<Gap> gap(QualityDimension dimension) {
		BigDecimal desired = dimension.getDesired(), adequate = dimension.getAdequate(), perceived = dimension.getPerceived();
		if (desired == null || adequate == null || perceived == null || adequate.compareTo(desired) > 0) {
			return Optional.empty();
		}
		BigDecimal adequacy = perceived.subtract(adequate), superiority = perceived.subtract(desired);
		Position position = adequacy.signum() < 0 ? Position.BELOW_TOLERANCE
				: superiority.signum() > 0 ? Position.ABOVE_DESIRED : Position.WITHIN_TOLERANCE;
		return Optional.of(new Gap(adequacy, superiority, position));
	}
}
