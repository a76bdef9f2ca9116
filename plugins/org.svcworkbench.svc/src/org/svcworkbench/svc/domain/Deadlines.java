package org.svcworkbench.svc.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.svcworkbench.svc.svc.Anchor;
import org.svcworkbench.svc.svc.Duration;
import org.svcworkbench.svc.svc.RelativeDeadline;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.vocabulary.TimeUnit;

/** D6: deadline arithmetic for service standards, in minutes. */
public class Deadlines {

	/** A window [earliest, latest] relative to the anchor event, in minutes; latest is null when open-ended. */
	public record Window(BigDecimal earliest, BigDecimal latest) {
		public boolean isInverted() {
			return latest != null && earliest.compareTo(latest) > 0;
		}

		public boolean isEmpty() {
			return latest != null && latest.signum() == 0 && earliest.signum() == 0;
		}

		public boolean isOpenEnded() {
			return latest == null;
		}
	}

	/**
	 * Minutes of a calendar week day; a working day counts as 7/5 of one, the average a promise of
	 * "15 working days" spans (due dates on a real calendar come from the schedule, not from here).
	 */
	private static final BigDecimal WORKING_DAY_MINUTES = BigDecimal.valueOf(24L * 60 * 7).divide(BigDecimal.valueOf(5));

	public BigDecimal minutes(Duration duration) {
		return duration.getValue().multiply(minutesPer(duration.getUnit()));
	}

	public BigDecimal minutesPer(TimeUnit unit) {
		if (unit == TimeUnit.SECONDS) {
			return BigDecimal.ONE.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
		}
		if (unit == TimeUnit.WORKING_DAYS) {
			return WORKING_DAY_MINUTES;
		}
		return BigDecimal.valueOf(switch (unit) {
			case SECONDS -> throw new AssertionError(); // handled above: not a whole number of minutes
			case MINUTES -> 1L;
			case HOURS -> 60L;
			case DAYS -> 24L * 60;
			case WORKING_DAYS -> throw new AssertionError(); // handled above: not a whole number of minutes
			case WEEKS -> 7L * 24 * 60;
			case MONTHS -> 30L * 24 * 60;
			case YEARS -> 365L * 24 * 60;
		});
	}

	/**
	 * "within 2 days" is [0, 2 days]; "3 days to 1 week" is [3 days, 7 days]; "2 weeks" alone is exactly
	 * 2 weeks; "at-least 2 weeks" is [2 weeks, open]; "same-day" is [0, 1 day].
	 */
	public Optional<Window> window(RelativeDeadline deadline) {
		if (deadline.isSameDay()) {
			return Optional.of(new Window(BigDecimal.ZERO, minutesPer(TimeUnit.DAYS)));
		}
		Duration min = deadline.getMin();
		Duration max = deadline.getMax();
		if (min == null && max == null) {
			return Optional.empty();
		}
		BigDecimal earliest = min == null ? BigDecimal.ZERO : minutes(min);
		if (deadline.isAtLeast()) {
			return Optional.of(new Window(earliest, null));
		}
		BigDecimal latest = max == null ? earliest : minutes(max);
		return Optional.of(new Window(earliest, latest));
	}

	/**
	 * The chain of standards reached by following "after/before &lt;standard&gt;" from the given one, if it
	 * comes back to where it started; empty when the chain ends at an event.
	 */
	public Optional<List<Standard>> anchorCycle(Standard start) {
		Set<Standard> seen = new LinkedHashSet<>();
		Standard current = start;
		while (current != null && seen.add(current)) {
			current = anchorStandard(current);
		}
		if (current == start) {
			return Optional.of(new ArrayList<>(seen));
		}
		return Optional.empty();
	}

	/**
	 * The standard at the end of the chain "after/before &lt;standard&gt;" from the given one: the one whose
	 * deadline counts from an event, recurs, or is missing; the given standard itself when it is not
	 * anchored on another; empty when the chain goes round in a circle.
	 */
	public Optional<Standard> anchorRoot(Standard start) {
		Set<Standard> seen = new LinkedHashSet<>();
		Standard current = start;
		for (Standard next = start; next != null; next = anchorStandard(current)) {
			if (!seen.add(next)) {
				return Optional.empty();
			}
			current = next;
		}
		return Optional.of(current);
	}

	private Standard anchorStandard(Standard standard) {
		if (standard.getDeadline() instanceof RelativeDeadline relative) {
			Anchor anchor = relative.getAnchor();
			if (anchor instanceof Standard next && !next.eIsProxy()) {
				return next;
			}
		}
		return null;
	}
}
