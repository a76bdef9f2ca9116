package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.load.ProgressLog;
import org.svcworkbench.svc.words.Findings;

/** A long goal's log says how far it has got every ten seconds; a short one's says nothing more than before. */
class ProgressLogTest {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void aLineEveryTenSecondsAndNoneForAShortRunOrAtTheEnd() {
		AtomicLong now = new AtomicLong(5 * SECOND);
		List<String> log = new ArrayList<>();
		Findings english = new Findings();
		english.use("en");
		ProgressLog progress = new ProgressLog(log::add, english, now::get);
		now.addAndGet(9 * SECOND);
		progress.checked(900, 10_000);
		assertEquals(List.of(), log, "under ten seconds: silent");
		now.addAndGet(2 * SECOND);
		progress.checked(1_200, 10_000);
		now.addAndGet(3 * SECOND);
		progress.checked(1_500, 10_000);
		assertEquals(List.of("1200 of 10000 .svc files checked"), log, "then one line per ten seconds");
		now.addAndGet(8 * SECOND);
		progress.checked(2_400, 10_000);
		now.addAndGet(20 * SECOND);
		progress.checked(10_000, 10_000);
		assertEquals(List.of("1200 of 10000 .svc files checked", "2400 of 10000 .svc files checked"), log,
				"the end is the goal's own summary line");
	}
}
