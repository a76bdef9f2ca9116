package org.svcworkbench.svc.diagram.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;

/**
 * The PNG file's picture is made white only outside the pixels that square boxes' fills paint over
 * (PngRenderer): it must still hold Java2D's own pixels where such boxes lie at whole and fractional
 * places, wide and a fraction of a pixel thin, over one another and over other shapes, cut by the
 * picture's edges, at scales a user may ask for.
 */
class SquareBoxesTest {

	private static final Style[] FILLED = { Style.LANE_BAND, Style.LANE_BAND_ALT, Style.STAGE_DURING, Style.CELL_REINFORCES,
			Style.CELL_CONFLICTS, Style.CELL_EMPTY, Style.ZONE, Style.MATRIX_HEADER };

	@ParameterizedTest
	@ValueSource(doubles = { 1, 1.25, 1.37, 1.75, 2, 2.71, 3, 4 })
	void theFileHoldsJavaTwoDsPixelsAroundSquareBoxes(double scale) throws IOException {
		FilePixels.assertTheFileHoldsJavaTwoDsPixels(new PngRenderer(), squareBoxes(new Random(11)), scale);
	}

	/** Boxes of every size from a fraction of a pixel to most of the picture, anywhere within a pixel, some past its edges. */
	private static Scene squareBoxes(Random random) {
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape.Box(new Rect(-3.3, 10.6, 606.5, 120.2), Style.LANE_BAND, 0, null)); // past both sides
		shapes.add(new Shape.Circle(new Point(300, 200), 40, Style.POINT_HIGH));
		double[] sizes = { 0.2, 0.45, 0.8, 1, 1.3, 2.5, 7.75, 33.1, 140.6 };
		for (int i = 0; i < 220; i++) {
			double width = sizes[random.nextInt(sizes.length)], height = sizes[random.nextInt(sizes.length)];
			double x = random.nextDouble() * 640 - 40, y = random.nextDouble() * 440 - 30;
			if (i % 4 == 0) { // whole and half units too
				x = Math.rint(x * 2) / 2;
				y = Math.rint(y);
			}
			shapes.add(new Shape.Box(new Rect(x, y, width, height), FILLED[i % FILLED.length], 0, null));
		}
		shapes.add(new Shape.Text("over the boxes", 40, 60, 13, true, Shape.Anchor.START, Style.STEP_TEXT));
		return new Scene("squares", "Square boxes", 600, 420, shapes);
	}
}
