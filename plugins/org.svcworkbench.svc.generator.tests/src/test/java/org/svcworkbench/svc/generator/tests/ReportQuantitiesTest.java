package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.generator.view.ReportTexts;

/** Durations are remembered per thread: what a reader sees must be what the pattern says, every time. */
class ReportQuantitiesTest {

	@Test
	void aRememberedQuantityReadsAsItsPatternSaysInBothLanguages() {
		ReportTexts en = ReportTexts.of("en"), zh = ReportTexts.of("zh");
		for (int round = 0; round < 2; round++) { // the second round is answered from memory
			assertEquals("1 day", en.quantity("unit.DAYS", BigDecimal.ONE));
			assertEquals("3 days", en.quantity("unit.DAYS", new BigDecimal("3")));
			assertEquals("1.5 hours", en.quantity("unit.HOURS", new BigDecimal("1.5")));
			assertEquals("1 week", en.quantity("unit.WEEKS", BigDecimal.ONE));
			assertEquals(zh.format("unit.DAYS", new BigDecimal("3")), zh.quantity("unit.DAYS", new BigDecimal("3")));
		}
	}

	@Test
	void moreDistinctQuantitiesThanAreKeptStillReadRight() {
		ReportTexts en = ReportTexts.of("en");
		for (int days = 0; days < 3000; days++) {
			BigDecimal count = BigDecimal.valueOf(days);
			assertEquals(en.format("unit.DAYS", count), en.quantity("unit.DAYS", count));
		}
		assertEquals("2,999 days", en.quantity("unit.DAYS", BigDecimal.valueOf(2999)));
		assertEquals("1 minute", en.quantity("unit.MINUTES", BigDecimal.ONE));
	}
}
