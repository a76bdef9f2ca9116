package org.svcworkbench.svc.diagram.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.domain.ServqualGaps;
import org.svcworkbench.svc.svc.QualityAssessment;
import org.svcworkbench.svc.svc.QualityDimension;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.words.Labels;

/** The SERVQUAL chart of a service from its quality block, dimension by dimension in the order written. */
public final class ServqualDescriber {

	private final DiagramLanguage language;
	private final ServqualGaps gaps = new ServqualGaps();

	public ServqualDescriber(DiagramLanguage language) {
		this.language = language;
	}

	/** Whether the service has a dimension with both expectation levels, i.e. something to draw. */
	public static boolean hasChart(Service service) {
		return dimensions(service).stream().anyMatch(d -> d.getAdequate() != null && d.getDesired() != null
				&& d.getAdequate().compareTo(d.getDesired()) <= 0);
	}

	public ServqualDescription describe(Service service) {
		List<ServqualDescription.Row> rows = new ArrayList<>();
		for (QualityDimension dimension : dimensions(service)) {
			if (dimension.getAdequate() == null || dimension.getDesired() == null || dimension.getAdequate().compareTo(dimension.getDesired()) > 0) {
				continue; // the validator reports an adequate level above the desired one
			}
			String name = language.words().get("servqual." + dimension.getKind().getName());
			var gap = gaps.gap(dimension);
			ServqualDescription.Position position = gap.map(g -> switch (g.position()) {
				case BELOW_TOLERANCE -> ServqualDescription.Position.BELOW;
				case WITHIN_TOLERANCE -> ServqualDescription.Position.WITHIN;
				case ABOVE_DESIRED -> ServqualDescription.Position.ABOVE;
			}).orElse(null);
			String gapText = gap.map(g -> language.servqualGaps(signed(g.adequacy()), signed(g.superiority()))).orElse(language.notMeasured());
			String tooltip = name + (dimension.getNote() == null ? "" : " — " + dimension.getNote()) + ": " + gapText;
			rows.add(new ServqualDescription.Row("servqual-" + dimension.getKind().getName().toLowerCase(java.util.Locale.ROOT), name,
					dimension.getAdequate(), dimension.getDesired(), dimension.getPerceived(), position, gapText, tooltip));
		}
		ServqualDescription.Words words = new ServqualDescription.Words(language.zoneOfTolerance(), language.adequateLevel(),
				language.desiredLevel(), language.perceivedLevel(), language.belowZone(), language.withinZone(), language.aboveDesired(),
				language.notMeasured());
		return new ServqualDescription("servqual", Labels.of(service.getLabel(), service.getName()) + " · " + language.servqualChart(), rows,
				words);
	}

	private static List<QualityDimension> dimensions(Service service) {
		List<QualityDimension> dimensions = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof QualityAssessment quality) {
				dimensions.addAll(quality.getDimensions());
			}
		}
		return dimensions;
	}

	private static String signed(BigDecimal value) {
		String plain = value.abs().stripTrailingZeros().toPlainString();
		return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + plain;
	}
}
