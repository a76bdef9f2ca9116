package org.svcworkbench.svc.diagram.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;

/**
 * The PNG file fills square boxes straight into its pixels: it must hold Java2D's own pixels for
 * them in every style, at whole, binary and arbitrary places and sizes, boxes narrower or lower
 * than a pixel, boxes over boxes, outlines over fills, and boxes reaching past the picture's
 * edges, at scales a user may ask for, drawn over the previous picture's pixels as a documentation
 * run's renderer does.
 */
class SquareFillsTest {

	@ParameterizedTest
	@ValueSource(doubles = { 1, 1.25, 1.37, 1.5, 1.75, 2, 2.71, 3, 4 })
	void theFileHoldsJavaTwoDsPixelsForSquareBoxes(double scale) throws IOException {
		PngRenderer renderer = new PngRenderer(); // one for all seeds: each picture is drawn over the last one's pixels
		for (int seed = 1; seed <= 4; seed++) {
			FilePixels.assertTheFileHoldsJavaTwoDsPixels(renderer, boxes(new Random(seed)), scale);
		}
	}

	private static Scene boxes(Random random) {
		List<Shape> shapes = new ArrayList<>();
		Style[] styles = Style.values();
		double[] grid = { 1, 0.5, 0.25, 0.125 };
		for (int i = 0; i < 120; i++) {
			double step = i < 40 ? grid[i % grid.length] : 0; // whole and binary fractions first, then anything
			double x = place(random, -30, 500, step), y = place(random, -30, 340, step);
			double w = i % 9 == 0 ? place(random, 0.05, 1.2, step / 8) : place(random, 1, 220, step);
			double h = i % 7 == 0 ? place(random, 0.05, 1.2, step / 8) : place(random, 1, 140, step);
			shapes.add(new Shape.Box(new Rect(x, y, Math.max(w, 0.05), Math.max(h, 0.05)), styles[i % styles.length], 0, null));
		}
		// A band as wide as the picture and past it, and one box wholly outside.
		shapes.add(new Shape.Box(new Rect(-5, 150.3, 520, 40.6), Style.LANE_BAND, 0, null));
		shapes.add(new Shape.Box(new Rect(520, 20, 30, 30), Style.STEP, 0, null));
		return new Scene("boxes", "Square boxes", 500, 340, shapes);
	}

	/** A number between the bounds, on a multiple of the step when it is not 0. */
	private static double place(Random random, double from, double to, double step) {
		double value = from + random.nextDouble() * (to - from);
		return step > 0 ? Math.round(value / step) * step : value;
	}
}
