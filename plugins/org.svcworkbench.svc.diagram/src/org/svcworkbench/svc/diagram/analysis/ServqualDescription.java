package org.svcworkbench.svc.diagram.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the SERVQUAL chart shows (D12), before layout: per dimension the customers' adequate and
 * desired levels (the zone of tolerance between them), the perceived level and both gaps, on the
 * 1–7 scale. Plain data, no EMF.
 */
public record ServqualDescription(String id, String title, List<Row> rows, Words words) {

	public enum Position {
		BELOW, WITHIN, ABOVE
	}

	/** One dimension; perceived and position are null when it was not measured. */
	public record Row(String id, String dimension, BigDecimal adequate, BigDecimal desired, BigDecimal perceived, Position position,
			String gaps, String tooltip) {
	}

	/** The chart's own words in the diagram's language. */
	public record Words(String zone, String adequate, String desired, String perceived, String below, String within, String above,
			String notMeasured) {
	}
}
