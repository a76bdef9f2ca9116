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
 * The PNG file paints repeated rounded boxes, circles and diamonds from coverage computed once per
 * size and place within a pixel, blended as Java2D blends: the file must hold Java2D's own pixels
 * wherever such shapes fall (whole and fractional places, overlapping one another and other shapes,
 * cut by the picture's edge, outlines of every width) at scales a user may ask for.
 */
class RepeatedShapesTest {

	private static final Style[] FILLED_AND_OUTLINED = { Style.STEP, Style.DECISION_STEP, Style.EVIDENCE, Style.FAIL_BADGE, Style.CARD,
			Style.CELL_REINFORCES, Style.ZONE, Style.POINT_LOW, Style.POINT_HIGH };

	@ParameterizedTest
	@ValueSource(doubles = { 1, 1.25, 1.37, 1.75, 2, 2.71, 3 })
	void theFileHoldsJavaTwoDsPixelsWhereShapesRepeat(double scale) throws IOException {
		Scene scene = repeatedShapes(new Random(7));
		PngRenderer renderer = new PngRenderer();
		// Twice: the second picture is painted from the stamps the first one made.
		renderer.render(scene, scale);
		FilePixels.assertTheFileHoldsJavaTwoDsPixels(renderer, scene, scale);
	}

	/** Rows of equal shapes at whole and fractional places, a band under them and shapes over the picture's edges. */
	private static Scene repeatedShapes(Random random) {
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape.Box(new Rect(0, 40, 600, 80), Style.LANE_BAND, 0, null));
		double[] widths = { 144, 46.29, 128, 17.5 }, heights = { 70, 16, 18, 9.25 }, radii = { 6, 3, 3, 1.5 };
		for (int row = 0; row < 12; row++) {
			int size = row % widths.length;
			double offset = row < 4 ? 0 : row < 8 ? 0.5 : random.nextDouble();
			for (int column = 0; column < 6; column++) {
				double x = -20 + column * 110 + offset * (column % 3), y = -10 + row * 35 + offset;
				Style style = FILLED_AND_OUTLINED[(row + column) % FILLED_AND_OUTLINED.length];
				shapes.add(new Shape.Box(new Rect(x, y, widths[size], heights[size]), style, radii[size], null));
				shapes.add(new Shape.Circle(new Point(x + 8, y + 30), 6, style));
				shapes.add(new Shape.Diamond(new Rect(x + 30, y + 5, 24, 18), style));
			}
		}
		shapes.add(new Shape.Text("over the shapes", 40, 60, 13, true, Shape.Anchor.START, Style.STEP_TEXT));
		return new Scene("repeated", "Repeated shapes", 600, 420, shapes);
	}
}
