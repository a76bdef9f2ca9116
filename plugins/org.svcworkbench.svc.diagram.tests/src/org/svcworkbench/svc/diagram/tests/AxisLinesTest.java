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
 * The PNG file paints lines that run across and down straight into its pixels, counting Marlin's
 * samples itself: the file must hold Java2D's own pixels for them, solid and dashed, every stroke
 * width the styles use, at whole, half and arbitrary places, with joins turning both ways, short
 * segments, lines that cross or run back over themselves, slanted ones beside them, over coloured
 * bands and near and past the picture's edge, at scales a user may ask for.
 */
class AxisLinesTest {

	private static final Style[] LINES = { Style.FLOW, Style.EVIDENCE_LINK, Style.DIVIDER, Style.GRID_LINE, Style.NEUTRAL_LINE,
			Style.ZONE_EDGE, Style.GROUP_BRACKET, Style.CURVE };

	@ParameterizedTest
	@ValueSource(doubles = { 1, 1.25, 1.37, 1.5, 1.75, 2, 2.71, 3, 4 })
	void theFileHoldsJavaTwoDsPixelsForLinesAcrossAndDown(double scale) throws IOException {
		for (int seed = 1; seed <= 4; seed++) {
			FilePixels.assertTheFileHoldsJavaTwoDsPixels(new PngRenderer(), lines(new Random(seed)), scale);
		}
	}

	/** A band under them, then lines of every style: orthogonal paths of two to six points, a few slanted or self-crossing ones. */
	private static Scene lines(Random random) {
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape.Box(new Rect(0, 100, 500, 120), Style.LANE_BAND, 0, null));
		double[] grid = { 1, 0.5, 0.25, 0.125 };
		for (int i = 0; i < 90; i++) {
			Style style = LINES[i % LINES.length];
			double step = i < 30 ? grid[i % grid.length] : 0; // whole and binary fractions first, then anything
			double x = place(random, -20, 520, step), y = place(random, -20, 380, step);
			List<Point> points = new ArrayList<>(List.of(new Point(x, y)));
			int segments = 1 + random.nextInt(i % 3 == 0 ? 1 : 5);
			boolean across = random.nextBoolean();
			for (int s = 0; s < segments; s++) {
				double length = (random.nextBoolean() ? 1 : -1) * (i % 11 == 0 ? place(random, 0.2, 3, step) : place(random, 4, 160, step));
				x += across ? length : 0;
				y += across ? 0 : length;
				if (i % 17 == 5 && s == segments - 1) {
					x += 7; // the last segment slanted
				}
				points.add(new Point(x, y));
				across = i % 13 == 7 ? across : !across; // now and then straight on or back
			}
			shapes.add(new Shape.Line(points, style, i % 4 == 0));
		}
		// A path that crosses itself, one that turns back onto itself, and a long dashed divider.
		shapes.add(new Shape.Line(List.of(new Point(60, 60), new Point(160, 60), new Point(160, 20), new Point(110, 20), new Point(110, 90)),
				Style.FLOW, true));
		shapes.add(new Shape.Line(List.of(new Point(200, 300), new Point(300, 300), new Point(300, 301), new Point(250, 301)), Style.ZONE_EDGE,
				false));
		shapes.add(new Shape.Line(List.of(new Point(3, 250.3), new Point(497, 250.3)), Style.DIVIDER, false));
		return new Scene("lines", "Lines across and down", 500, 360, shapes);
	}

	/** A number between the bounds, on a multiple of the step when it is not 0. */
	private static double place(Random random, double from, double to, double step) {
		double value = from + random.nextDouble() * (to - from);
		return step > 0 ? Math.round(value / step) * step : value;
	}
}
