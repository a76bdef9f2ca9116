package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.svc.Loyalty;
import org.svcworkbench.svc.svc.LoyaltyIndicator;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.LoyaltyIndicatorKind;
import org.svcworkbench.svc.words.Labels;

/** The loyalty-indicator figure of a service: indicators down, the whole service and each segment across. */
public final class LoyaltyDescriber {

	private final DiagramLanguage language;

	public LoyaltyDescriber(DiagramLanguage language) {
		this.language = language;
	}

	public static boolean hasIndicators(Service service) {
		return !indicators(service).isEmpty();
	}

	public LoyaltyDescription describe(Service service) {
		// Columns in the order first met: the whole service (no 'for'), then each segment.
		Map<Segment, Integer> segmentColumns = new LinkedHashMap<>();
		boolean whole = false;
		for (LoyaltyIndicator indicator : indicators(service)) {
			Segment segment = segment(indicator);
			if (segment == null) {
				whole = true;
			} else {
				segmentColumns.putIfAbsent(segment, segmentColumns.size());
			}
		}
		List<String> columns = new ArrayList<>();
		if (whole) {
			columns.add(language.wholeService());
		}
		int offset = columns.size();
		segmentColumns.keySet().forEach(s -> columns.add(Labels.of(s.getLabel(), s.getName())));
		Map<LoyaltyIndicatorKind, String[]> rows = new EnumMap<>(LoyaltyIndicatorKind.class);
		for (LoyaltyIndicator indicator : indicators(service)) {
			if (indicator.getKind() == null) {
				continue;
			}
			String[] cells = rows.computeIfAbsent(indicator.getKind(), k -> new String[columns.size()]);
			Segment segment = segment(indicator);
			int column = segment == null ? 0 : offset + segmentColumns.get(segment);
			cells[column] = value(indicator);
		}
		List<String> rowNames = new ArrayList<>();
		List<List<String>> values = new ArrayList<>();
		rows.forEach((kind, cells) -> {
			rowNames.add(language.words().get("indicator." + kind.name()));
			List<String> row = new ArrayList<>();
			for (String cell : cells) {
				row.add(cell == null ? "" : cell);
			}
			values.add(row);
		});
		return new LoyaltyDescription("loyalty-indicators", Labels.of(service.getLabel(), service.getName()) + " · " + language.loyaltyTitle(),
				language.loyaltyCorner(), columns, rowNames, values);
	}

	private String value(LoyaltyIndicator indicator) {
		if (indicator.getShare() != null) {
			return indicator.getShare().getValue().stripTrailingZeros().toPlainString() + "%";
		}
		if (indicator.getTime() != null && indicator.getTime().getValue() != null) {
			return language.duration(indicator.getTime().getValue(), indicator.getTime().getUnit());
		}
		if (indicator.getNote() != null) {
			return indicator.getNote();
		}
		// An enum attribute always has a value: only a level that was written counts.
		return Written.written(indicator, SvcPackage.Literals.LOYALTY_INDICATOR__LEVEL) && indicator.getLevel() != null
				? language.words().get("margin." + indicator.getLevel().getName()) : "";
	}

	private static Segment segment(LoyaltyIndicator indicator) {
		return indicator.getSegment() == null || indicator.getSegment().eIsProxy() ? null : indicator.getSegment();
	}

	private static List<LoyaltyIndicator> indicators(Service service) {
		List<LoyaltyIndicator> indicators = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Loyalty loyalty) {
				indicators.addAll(loyalty.getIndicators());
			}
		}
		return indicators;
	}
}
