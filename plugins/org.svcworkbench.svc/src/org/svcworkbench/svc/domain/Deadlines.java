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
import org.svcworkbench.svc.svc.TimeUnit;

/** D6: deadline arithmetic for service standards, in minutes. */
public class Deadlines {

	/** A window [earliest, latest] relative to the anchor event, in minutes. */
	public record Window(BigDecimal earliest, BigDecimal latest) {
		public boolean isInverted() {
			return earliest.compareTo(latest) > 0;
		}

		public boolean isEmpty() {
			return latest.signum() == 0 && earliest.signum() == 0;
		}
	}

	public BigDecimal minutes(Duration duration) {
		return duration.getValue().multiply(minutesPer(duration.getUnit()));
	}

	public BigDecimal minutesPer(TimeUnit unit) {
		if (unit == TimeUnit.SECONDS) {
			return BigDecimal.ONE.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
		}
		return BigDecimal.valueOf(switch (unit) {
			case SECONDS -> throw new AssertionError(); // handled above: not a whole number of minutes
			case MINUTES -> 1L;
			case HOURS -> 60L;
			case DAYS -> 24L * 60;
			case WEEKS -> 7L * 24 * 60;
			case MONTHS -> 30L * 24 * 60;
			case YEARS -> 365L * 24 * 60;
		});
	}

	/**
	 * "within 2 days" is [0, 2 days]; "3 days to 1 week" is [3 days, 7 days]; "2 weeks" alone is exactly
	 * 2 weeks; "same-day" is [0, 1 day].
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
