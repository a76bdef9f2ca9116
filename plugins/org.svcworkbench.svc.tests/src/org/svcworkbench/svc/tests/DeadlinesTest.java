package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.domain.Deadlines;
import org.svcworkbench.svc.domain.Deadlines.Window;
import org.svcworkbench.svc.svc.Duration;
import org.svcworkbench.svc.svc.Event;
import org.svcworkbench.svc.svc.RelativeDeadline;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.svc.SvcFactory;
import org.svcworkbench.svc.vocabulary.TimeUnit;

/** D6 deadline arithmetic: "3 days to 1 week", "within 2 days", "same-day", chains of standards. */
class DeadlinesTest {

	private final Deadlines deadlines = new Deadlines();
	private final SvcFactory f = SvcFactory.eINSTANCE;

	private Duration duration(String value, TimeUnit unit) {
		Duration d = f.createDuration();
		d.setValue(new BigDecimal(value));
		d.setUnit(unit);
		return d;
	}

	private Standard standard(String name, RelativeDeadline deadline) {
		Standard s = f.createStandard();
		s.setName(name);
		s.setDeadline(deadline);
		return s;
	}

	@Test
	void rangeInMinutes() {
		RelativeDeadline d = f.createRelativeDeadline();
		d.setMin(duration("3", TimeUnit.DAYS));
		d.setMax(duration("1", TimeUnit.WEEKS));
		Window w = deadlines.window(d).orElseThrow();
		assertEquals(new BigDecimal(3 * 24 * 60), w.earliest());
		assertEquals(new BigDecimal(7 * 24 * 60), w.latest());
		assertFalse(w.isInverted());
	}

	@Test
	void atLeastIsOpenEndedAndWorkingDaysAreSevenFifthsOfADay() {
		RelativeDeadline atLeast = f.createRelativeDeadline();
		atLeast.setAtLeast(true);
		atLeast.setMin(duration("2", TimeUnit.WEEKS));
		Window w = deadlines.window(atLeast).orElseThrow();
		assertEquals(new BigDecimal(14 * 24 * 60), w.earliest());
		assertTrue(w.isOpenEnded());
		assertFalse(w.isInverted());
		assertEquals(0, new BigDecimal(15 * 24 * 60 * 7 / 5).compareTo(deadlines.minutes(duration("15", TimeUnit.WORKING_DAYS))));
		assertEquals(0, BigDecimal.ONE.compareTo(deadlines.minutes(duration("60", TimeUnit.SECONDS)).setScale(6, java.math.RoundingMode.HALF_UP)));
	}

	@Test
	void withinStartsAtZeroAndSameDayIsOneDay() {
		RelativeDeadline within = f.createRelativeDeadline();
		within.setMax(duration("1.5", TimeUnit.HOURS));
		assertEquals(new Window(BigDecimal.ZERO, new BigDecimal("90.0")), deadlines.window(within).orElseThrow());
		RelativeDeadline sameDay = f.createRelativeDeadline();
		sameDay.setSameDay(true);
		assertEquals(new BigDecimal(24 * 60), deadlines.window(sameDay).orElseThrow().latest());
	}

	@Test
	void invertedWhenTheStartIsLater() {
		RelativeDeadline d = f.createRelativeDeadline();
		d.setMin(duration("2", TimeUnit.WEEKS));
		d.setMax(duration("10", TimeUnit.DAYS));
		assertTrue(deadlines.window(d).orElseThrow().isInverted());
	}

	@Test
	void cycleOfStandardsIsFoundAndAChainEndingAtAnEventIsNot() {
		RelativeDeadline toB = f.createRelativeDeadline();
		RelativeDeadline toA = f.createRelativeDeadline();
		Standard a = standard("a", toB);
		Standard b = standard("b", toA);
		toB.setAnchor(b);
		toA.setAnchor(a);
		assertEquals(java.util.List.of(a, b), deadlines.anchorCycle(a).orElseThrow());
		Event visit = f.createEvent();
		toA.setAnchor(visit);
		assertTrue(deadlines.anchorCycle(a).isEmpty());
	}
}
