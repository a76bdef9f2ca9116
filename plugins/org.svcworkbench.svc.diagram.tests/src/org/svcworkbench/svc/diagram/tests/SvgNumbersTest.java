package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.diagram.render.SvgWriter;
import org.svcworkbench.svc.diagram.scene.Scene;

/**
 * The numbers of an SVG: at most two decimals, rounded half up as decimal text reads (so that
 * 1.005 is 1.01 though the double is a little less), no trailing zeros, no exponent, no "-0". The
 * writer takes a short way for numbers that are not near a tie; every number must come out as the
 * decimal arithmetic gives it.
 */
class SvgNumbersTest {

	private static final Pattern WIDTH = Pattern.compile("<svg [^>]*?width=\"([^\"]*)\"[^>]*viewBox=\"0 0 ([^ \"]*) ");

	@Test
	void numbersAreTheDecimalRoundingOfWhatTheModelSays() {
		Random random = new Random(20261204);
		for (int i = 0; i < 50_000; i++) {
			double magnitude = Math.pow(10, random.nextInt(10) - 3);
			double value = (random.nextDouble() - 0.2) * magnitude;
			assertWritten(value);
			assertWritten(Math.round(value * 1000) / 1000.0); // three decimals: many ties among them
			assertWritten(Math.round(value * 200) / 200.0 + (random.nextBoolean() ? 1e-9 : -1e-9)); // beside a tie
		}
	}

	@Test
	void tiesAndSignsAndLargeNumbers() {
		for (double value : new double[] { 1.005, 2.675, 0.125, -0.125, -0.005, -0.004, -0.001, 0.001, 0.005, 0.015, 12.345, 1e7 + 0.005,
				123456789.125, -98765.4321, 0.1 + 0.2, 199.995, 99.99499999, 4.5e-7, 1e15 + 0.5, 3.0000001 }) {
			assertWritten(value);
		}
	}

	private static void assertWritten(double value) {
		String svg = new SvgWriter("sans-serif").write(new Scene("d", "t", value, 1, List.of()));
		Matcher matcher = WIDTH.matcher(svg);
		if (!matcher.find()) {
			throw new AssertionError("no width in " + svg.substring(0, Math.min(400, svg.length())));
		}
		String expected = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		assertEquals(expected, matcher.group(1), "the width " + value);
		assertEquals(expected, matcher.group(2), "the view box's width " + value);
	}
}
