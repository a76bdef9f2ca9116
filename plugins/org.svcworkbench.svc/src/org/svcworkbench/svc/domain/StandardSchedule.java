package org.svcworkbench.svc.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.svcworkbench.svc.svc.Anchor;
import org.svcworkbench.svc.svc.Duration;
import org.svcworkbench.svc.svc.Event;
import org.svcworkbench.svc.svc.RecurringDeadline;
import org.svcworkbench.svc.svc.RelativeDeadline;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.vocabulary.DeadlineRelation;
import org.svcworkbench.svc.vocabulary.TimeUnit;

/**
 * D6 on a calendar: the dates by which each service standard is due when its events happen on a
 * given date. A standard anchored on another standard follows that one's window ("within 7 days
 * after the first call" runs from the first call's earliest to its latest date plus 7 days); one
 * anchored on a recurring standard is due once per occurrence ("same-day after the fortnightly
 * check" is due on each check's date).
 * Working days skip Saturdays and Sundays (public holidays are not known to the model). Times
 * shorter than a day count whole days only, so "within 30 hours" is due the next day: the date
 * by which it is certainly done, whatever the hour of the event.
 */
public class StandardSchedule {

	/** The dates between which a standard is due; a null end is open ("at least 2 weeks before"). */
	public record DueWindow(LocalDate earliest, LocalDate latest) {
	}

	private final Deadlines deadlines = new Deadlines();

	/**
	 * The window of a standard with a relative deadline that counts, maybe through other standards,
	 * from an event; empty for recurring ones and those that follow them, cycles and broken anchors.
	 */
	public Optional<DueWindow> due(Standard standard, LocalDate eventDate) {
		if (deadlines.anchorRoot(standard).map(root -> root.getDeadline() instanceof RecurringDeadline).orElse(true)) {
			return Optional.empty();
		}
		return windows(standard, eventDate, 1, new HashSet<>()).stream().findFirst();
	}

	/**
	 * The windows in which a standard is due: one when it counts from an event; one per occurrence,
	 * for the first {@code occurrences}, when it is recurring (one-day windows) or counts from a
	 * recurring standard; none when no date can be given (no deadline on the way, a cycle, a broken
	 * anchor).
	 */
	public List<DueWindow> dueEach(Standard standard, LocalDate eventDate, int occurrences) {
		return windows(standard, eventDate, occurrences, new HashSet<>());
	}

	private List<DueWindow> windows(Standard standard, LocalDate eventDate, int occurrences, Set<Standard> visiting) {
		if (standard.getDeadline() instanceof RecurringDeadline recurring) {
			return occurrences(recurring, eventDate, occurrences).stream().map(date -> new DueWindow(date, date)).toList();
		}
		if (!(standard.getDeadline() instanceof RelativeDeadline deadline) || !visiting.add(standard)) {
			return List.of();
		}
		Anchor anchor = deadline.getAnchor();
		List<DueWindow> from;
		if (anchor instanceof Event event && !event.eIsProxy()) {
			from = List.of(new DueWindow(eventDate, eventDate));
		} else if (anchor instanceof Standard previous && !previous.eIsProxy()) {
			from = windows(previous, eventDate, occurrences, visiting);
		} else {
			from = List.of();
		}
		visiting.remove(standard);
		return from.stream().map(window -> shift(window, deadline)).toList();
	}

	private DueWindow shift(DueWindow from, RelativeDeadline deadline) {
		boolean after = deadline.getRelation() != DeadlineRelation.BEFORE;
		if (deadline.isSameDay()) {
			return from;
		}
		Duration min = deadline.getMin(), max = deadline.getMax();
		boolean open = deadline.isAtLeast();
		// "within 2 days" is [0, 2 days]; "2 weeks" alone is exactly 2 weeks; "at-least 2 weeks" has no other end.
		Duration shortest = min, longest = open ? null : max != null ? max : min;
		if (after) {
			LocalDate earliest = from.earliest() == null ? null : shortest == null ? from.earliest() : plus(from.earliest(), shortest, 1);
			LocalDate latest = open || from.latest() == null ? null : plus(from.latest(), longest, 1);
			return new DueWindow(earliest, latest);
		}
		LocalDate earliest = open || from.earliest() == null ? null : plus(from.earliest(), longest, -1);
		LocalDate latest = from.latest() == null ? null : shortest == null ? from.latest() : plus(from.latest(), shortest, -1);
		return new DueWindow(earliest, latest);
	}

	/** The next occurrences of "every month", "every 2 weeks" after the date. */
	public List<LocalDate> occurrences(RecurringDeadline deadline, LocalDate from, int count) {
		List<LocalDate> dates = new ArrayList<>();
		BigDecimal every = deadline.getCount() == null ? BigDecimal.ONE : deadline.getCount();
		if (every.signum() <= 0) {
			return dates;
		}
		LocalDate date = from;
		for (int i = 0; i < count; i++) {
			date = plus(date, every, deadline.getUnit(), 1);
			dates.add(date);
		}
		return dates;
	}

	private LocalDate plus(LocalDate date, Duration duration, int sign) {
		return plus(date, duration.getValue(), duration.getUnit(), sign);
	}

	private LocalDate plus(LocalDate date, BigDecimal value, TimeUnit unit, int sign) {
		boolean whole = value.stripTrailingZeros().scale() <= 0;
		if (whole) {
			long n = value.longValueExact() * sign;
			switch (unit) {
			case DAYS: return date.plusDays(n);
			case WEEKS: return date.plusWeeks(n);
			case MONTHS: return date.plusMonths(n);
			case YEARS: return date.plusYears(n);
			case WORKING_DAYS: return plusWorkingDays(date, n);
			default: break;
			}
		}
		// Fractions and units shorter than a day: whole days of the time only.
		BigDecimal minutes = value.multiply(deadlines.minutesPer(unit));
		long days = minutes.divide(BigDecimal.valueOf(24 * 60), 0, RoundingMode.FLOOR).longValueExact();
		return date.plusDays(days * sign);
	}

	private static LocalDate plusWorkingDays(LocalDate date, long n) {
		LocalDate current = date;
		long step = Long.signum(n);
		for (long left = Math.abs(n); left > 0;) {
			current = current.plusDays(step);
			if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return current;
	}
}
