package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.words.BidiIsolation;

/** Model text cannot turn the direction of the words around it; text without controls is left alone. */
class BidiIsolationTest {

	@Test
	void anUnclosedOverrideIsClosedInsideAnIsolate() {
		assertEquals("\u2068Blue\u202Eprint\u202C\u2069", BidiIsolation.isolate("Blue\u202Eprint"));
		assertEquals("\u2068a\u2067b\u202Bc\u202C\u2069\u2069", BidiIsolation.isolate("a\u2067b\u202Bc"), "an open isolate and the embedding inside it");
	}

	@Test
	void strayClosersCannotCloseWhatIsAroundTheText() {
		assertEquals("\u2068ab\u2069", BidiIsolation.isolate("a\u2069\u202Cb"));
		assertEquals("\u2068\u2067x\u202Ey\u2069\u2069", BidiIsolation.isolate("\u2067x\u202Ey\u2069"), "a PDI ends the override inside its isolate");
	}

	@Test
	void textWithoutControlsIsReturnedAsItIs() {
		String arabic = "مطعم الزاوية", mixed = "Café 汽车 \u200F";
		assertSame(arabic, BidiIsolation.isolate(arabic));
		assertSame(mixed, BidiIsolation.isolate(mixed), "marks (LRM, RLM) open nothing");
	}
}
