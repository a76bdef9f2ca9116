package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * The PNG is painted from the scene, not rasterised from the SVG text: both must show the same
 * picture. Every example diagram, in both languages, is written as a PNG file at one pixel per unit,
 * read back with ImageIO, and compared
 * with what JSVG, an independent SVG renderer, draws from our SVG: the same size, nearly every pixel
 * the same colour, and every small block of pixels the same colour on average (anti-aliased edges
 * and glyphs differ slightly between the two). A shape or a text missing, moved or recoloured fails.
 */
class PngShowsTheSvgTest {

	/** A pixel differs when one of its channels differs by more than this (of 255). */
	private static final int CHANNEL_TOLERANCE = 96;
	/** Share of differing pixels allowed: glyph edges rendered by two different text pipelines. */
	private static final double DIFFERING_SHARE = 0.01;
	/** The blocks whose average colours are compared, in pixels (overlapping by half). */
	private static final int TILE = 8;
	/**
	 * How far a block's average may differ, per channel: the examples differ by at most 24 (glyph
	 * edges); leaving out the arrowheads makes it 73.
	 */
	private static final int BLOCK_TOLERANCE = 48;

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void everyExampleDiagramsPngShowsWhatItsSvgShows(DiagramLanguage language) throws Exception {
		ServiceDiagrams drawer = new ServiceDiagrams(DiagramFont.installed(), language);
		PngRenderer renderer = new PngRenderer();
		int compared = 0;
		for (var example : DiagramModels.exampleServices()) {
			for (Drawn drawn : drawer.draw(example.service(), List.of(Kind.values()))) {
				String what = example + " " + drawn.kind() + " " + drawn.name();
				BufferedImage painted = ImageIO.read(new ByteArrayInputStream(renderer.render(drawn.scene(), 1)));
				BufferedImage svg = Jsvg.rasterise(drawer.svg(drawn.scene()));
				assertEquals(svg.getWidth() + "x" + svg.getHeight(), painted.getWidth() + "x" + painted.getHeight(), what);
				double differing = differingShare(painted, svg, 0, 0, painted.getWidth(), painted.getHeight());
				assertTrue(differing < DIFFERING_SHARE, what + ": " + String.format("%.2f%%", 100 * differing) + " of the pixels differ");
				for (int y = 0; y + TILE <= painted.getHeight(); y += TILE / 2) {
					for (int x = 0; x + TILE <= painted.getWidth(); x += TILE / 2) {
						int difference = blockDifference(painted, svg, x, y);
						assertTrue(difference <= BLOCK_TOLERANCE, what + ": the colour around (" + x + ", " + y + ") differs by " + difference);
					}
				}
				compared++;
			}
		}
		assertTrue(compared >= 10, "compared " + compared);
	}

	/** The largest difference of a channel's average over the block at (x, y). */
	private static int blockDifference(BufferedImage a, BufferedImage b, int x0, int y0) {
		int[] sums = new int[6];
		for (int y = y0; y < y0 + TILE; y++) {
			for (int x = x0; x < x0 + TILE; x++) {
				int p = a.getRGB(x, y), q = b.getRGB(x, y);
				sums[0] += p >> 16 & 0xff;
				sums[1] += p >> 8 & 0xff;
				sums[2] += p & 0xff;
				sums[3] += q >> 16 & 0xff;
				sums[4] += q >> 8 & 0xff;
				sums[5] += q & 0xff;
			}
		}
		int most = 0;
		for (int c = 0; c < 3; c++) {
			most = Math.max(most, Math.abs(sums[c] - sums[c + 3]) / (TILE * TILE));
		}
		return most;
	}

	private static double differingShare(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
		int differing = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				int p = a.getRGB(x, y), q = b.getRGB(x, y);
				int most = Math.max(Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)),
						Math.max(Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff)), Math.abs((p & 0xff) - (q & 0xff))));
				if (most > CHANNEL_TOLERANCE) {
					differing++;
				}
			}
		}
		return (double) differing / ((double) (x1 - x0) * (y1 - y0));
	}
}
