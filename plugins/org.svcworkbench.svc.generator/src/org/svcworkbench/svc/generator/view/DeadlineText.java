package org.svcworkbench.svc.generator.view;

import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.svc.Anchor;
import org.svcworkbench.svc.svc.Deadline;
import org.svcworkbench.svc.svc.Duration;
import org.svcworkbench.svc.svc.Event;
import org.svcworkbench.svc.svc.RecurringDeadline;
import org.svcworkbench.svc.svc.RelativeDeadline;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.vocabulary.DeadlineRelation;

/** A D6 deadline in the report's words: "3 days to 1 week after the car leaves", "出厂后 3 天至 1 周". */
final class DeadlineText {

	private final ReportTexts texts;

	DeadlineText(ReportTexts texts) {
		this.texts = texts;
	}

	String of(Deadline deadline) {
		if (deadline instanceof RecurringDeadline recurring) {
			boolean once = recurring.getCount() == null || recurring.getCount().compareTo(java.math.BigDecimal.ONE) == 0;
			String period = once ? texts.get("every." + recurring.getUnit().getName())
					: texts.quantity("unit." + recurring.getUnit().getName(), recurring.getCount());
			return texts.format(once ? "deadline.every" : "deadline.everyCount", period);
		}
		if (!(deadline instanceof RelativeDeadline relative)) {
			return "";
		}
		String relation = relative.getRelation() == DeadlineRelation.BEFORE ? "before" : "after";
		String anchor = anchor(relative.getAnchor());
		Duration min = relative.getMin(), max = relative.getMax();
		if (relative.isSameDay()) {
			return texts.format("deadline.sameDay." + relation, "", anchor);
		}
		if (relative.isAtLeast()) {
			return texts.format("deadline.atLeast." + relation, duration(min), anchor);
		}
		if (min == null) {
			return texts.format("deadline.within." + relation, duration(max), anchor);
		}
		if (max == null) {
			return texts.format("deadline.exact." + relation, duration(min), anchor);
		}
		return texts.format("deadline.range." + relation, duration(min), anchor, duration(max));
	}

	String duration(Duration duration) {
		return duration == null || duration.getValue() == null ? ""
				: texts.quantity("unit." + duration.getUnit().getName(), duration.getValue());
	}

	private static String anchor(Anchor anchor) {
		if (anchor instanceof Event event && !event.eIsProxy() && event.getName() != null) {
			return Labels.of(event.getLabel(), event.getName());
		}
		if (anchor instanceof Standard standard && !standard.eIsProxy() && standard.getName() != null) {
			return Labels.of(standard.getLabel(), standard.getName());
		}
		return "?";
	}
}
