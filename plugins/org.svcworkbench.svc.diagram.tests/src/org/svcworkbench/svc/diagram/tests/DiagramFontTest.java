package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/** The widths a thread remembers are the widths Java2D measures, also once it has forgotten some. */
class DiagramFontTest {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	@Test
	void rememberedWidthsAreMeasuredWidthsInEveryStyleAndAfterForgetting() {
		DiagramFont font = DiagramFont.installed();
		Random random = new Random(7);
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) { // more than a style keeps, so some are forgotten and measured again
			labels.add((i % 3 == 0 ? "服务步骤 " : i % 3 == 1 ? "Step " : "Étape → ") + random.nextInt(100_000));
		}
		double[] sizes = { 11, 12, 13.5 };
		for (int round = 0; round < 3; round++) {
			Collections.shuffle(labels, random);
			for (String label : labels) {
				for (double size : sizes) { // the same text in every style: each has its own width
					for (boolean bold : new boolean[] { false, true }) {
						double measured = font.awtFont(size, bold).getStringBounds(label, CONTEXT).getWidth();
						assertEquals(measured, font.width(label, size, bold), label + " " + size + (bold ? " bold" : ""));
					}
				}
			}
		}
	}

	@Test
	void lineMetricsAreThoseOfTheFontAtEachSize() {
		DiagramFont font = DiagramFont.installed();
		for (double size : new double[] { 10, 12, 16, 12 }) {
			var line = font.awtFont(size, false).getLineMetrics("Ag中", CONTEXT);
			assertEquals(Math.ceil(line.getAscent() + line.getDescent() + line.getLeading()), font.lineHeight(size));
			assertEquals(line.getAscent(), font.ascent(size));
		}
	}
}
