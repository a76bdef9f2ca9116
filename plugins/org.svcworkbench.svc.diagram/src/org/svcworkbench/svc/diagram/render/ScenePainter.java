package org.svcworkbench.svc.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * Paints a scene with Java2D as the SVG writer describes it (same paint per style, SVG's stroke
 * defaults: butt caps, miter joins, miter limit 4; the arrowhead of the SVG's marker), so the PNG
 * shows what the SVG shows. Text is drawn with the AWT font the layout measured it with, through
 * Java2D's glyph cache: rasterising the SVG text instead (JSVG) filled every glyph as an outline,
 * half of a PNG's time. A painter may swap every colour's red and blue: painted so into a picture
 * that keeps its pixels as blue, green, red bytes, the bytes come out in the PNG's order. A
 * stamping painter given those bytes paints rounded boxes and circles from {@link ShapeStamps}
 * (the same pixels, without Marlin's path work for each); the other painter is Java2D alone, which
 * the tests compare the file's pixels with.
 */
final class ScenePainter {

	/** SVG's default stroke-miterlimit. */
	private static final float MITER_LIMIT = 4;
	/** The SVG's arrow marker: 8 units long and wide, its tip on the line's end. */
	private static final double ARROW_LENGTH = 8, ARROW_HALF_WIDTH = 4;

	private final DiagramFont font;
	private final boolean redAndBlueSwapped;
	private final Map<Style, Pen> pens = new EnumMap<>(Style.class);
	private final ShapeStamps stamps;
	private final AxisLines axisLines;
	private final SquareFills squareFills;
	private final Color arrowColour;

	/** A style's paint turned into Java2D objects once. */
	private record Pen(Color fill, Color stroke, Stroke line, boolean italic) {
	}

	ScenePainter(DiagramFont font) {
		this(font, false);
	}

	ScenePainter(DiagramFont font, boolean redAndBlueSwapped) {
		this(font, redAndBlueSwapped, false);
	}

	/** A painter that paints repeated small shapes from stamps when it is given the picture's bytes. */
	ScenePainter(DiagramFont font, boolean redAndBlueSwapped, boolean stamping) {
		this.font = font;
		this.redAndBlueSwapped = redAndBlueSwapped;
		this.stamps = stamping ? new ShapeStamps() : null;
		this.axisLines = stamping ? new AxisLines() : null;
		this.squareFills = stamping ? new SquareFills() : null;
		this.arrowColour = colour(Paint.of(Style.FLOW).stroke());
	}

	/** A picture's bytes, three a pixel, blue first, and the scale it is painted at. */
	record Pixels(byte[] bytes, int width, int height, double scale) {
	}

	/** Paints the shapes over what is there: the caller clears the picture to white (the SVG's background). */
	void paint(Scene scene, Graphics2D g) {
		paint(scene, g, null);
	}

	/**
	 * Paints the shapes over what is there; small shapes that repeat go straight into the pixels when
	 * this painter has stamps and the picture's bytes are given (those of g's picture, at g's scale).
	 */
	void paint(Scene scene, Graphics2D g, Pixels pixels) {
		for (Shape shape : scene.shapes()) {
			paint(shape, g, stamps == null ? null : pixels);
		}
	}

	private void paint(Shape shape, Graphics2D g, Pixels pixels) {
		switch (shape) {
		case Shape.Group group -> {
			for (Shape child : group.children()) {
				paint(child, g, pixels);
			}
		}
		case Shape.Box box -> {
			Rect r = box.bounds();
			if (box.cornerRadius() > 0) {
				java.awt.Shape outline = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * box.cornerRadius(),
						2 * box.cornerRadius());
				if (!stamped(outline, box.style(), pixels)) {
					fillAndStroke(outline, box.style(), g);
				}
			} else {
				Pen pen = pen(box.style());
				boolean filled = pixels != null && pen.fill() != null
						&& squareFills.fill(r.x(), r.y(), r.width(), r.height(), pixels.scale(), pen.fill(), pixels.bytes(), pixels.width(), pixels.height());
				fillAndStroke(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()), box.style(), g, !filled);
			}
		}
		case Shape.Diamond diamond -> {
			// Not stamped: its mitred tips fall on Marlin's sampling grid, where the rounding of the shape's place decides.
			Rect r = diamond.bounds();
			Path2D.Double outline = new Path2D.Double();
			outline.moveTo(r.centerX(), r.y());
			outline.lineTo(r.right(), r.centerY());
			outline.lineTo(r.centerX(), r.bottom());
			outline.lineTo(r.x(), r.centerY());
			outline.closePath();
			fillAndStroke(outline, diamond.style(), g);
		}
		case Shape.Circle circle -> {
			double d = 2 * circle.radius();
			java.awt.Shape outline = new Ellipse2D.Double(circle.center().x() - circle.radius(), circle.center().y() - circle.radius(), d, d);
			if (!stamped(outline, circle.style(), pixels)) {
				fillAndStroke(outline, circle.style(), g);
			}
		}
		case Shape.Line line -> line(line, g, pixels);
		case Shape.Text text -> text(text, g);
		}
	}

	/** Paints the shape from its stamp when there are pixels to paint into and it lies within them. */
	private boolean stamped(java.awt.Shape outline, Style style, Pixels pixels) {
		if (pixels == null) {
			return false;
		}
		Pen pen = pen(style);
		return stamps.paint(outline, style, pixels.scale(), pen.fill(), pen.line() == null ? null : pen.stroke(), pen.line(), pixels.bytes(),
				pixels.width(), pixels.height());
	}

	private void fillAndStroke(java.awt.Shape outline, Style style, Graphics2D g) {
		fillAndStroke(outline, style, g, true);
	}

	/** The shape's outline over its fill; the fill left out where it is painted already. */
	private void fillAndStroke(java.awt.Shape outline, Style style, Graphics2D g, boolean fill) {
		Pen pen = pen(style);
		if (fill && pen.fill() != null) {
			g.setColor(pen.fill());
			g.fill(outline);
		}
		if (pen.line() != null) {
			g.setColor(pen.stroke());
			g.setStroke(pen.line());
			g.draw(outline);
		}
	}

	/** A line's stroke, then its arrowhead; straight into the pixels when given and the line runs across and down ({@link AxisLines}). */
	private void line(Shape.Line line, Graphics2D g, Pixels pixels) {
		List<Point> points = line.points();
		if (points.isEmpty()) {
			return;
		}
		Pen pen = pen(line.style());
		if (pen.line() instanceof BasicStroke stroke && !(pixels != null && axisLines.paint(points, stroke.getLineWidth(),
				stroke.getDashArray(), pen.stroke(), pixels.scale(), pixels.bytes(), pixels.width(), pixels.height()))) {
			Path2D.Double path = new Path2D.Double();
			path.moveTo(points.get(0).x(), points.get(0).y());
			for (int i = 1; i < points.size(); i++) {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
			g.setColor(pen.stroke());
			g.setStroke(stroke);
			g.draw(path);
		}
		if (line.arrow() && points.size() > 1) {
			arrowhead(points.get(points.size() - 2), points.get(points.size() - 1), g);
		}
	}

	/**
	 * The marker's triangle, filled in the flow colour, pointing along the last segment. Not stamped:
	 * Marlin's rounding of its slanted sides depends on where it lies, so a stamp made elsewhere
	 * would not give the same pixels.
	 */
	private void arrowhead(Point from, Point tip, Graphics2D g) {
		double dx = tip.x() - from.x(), dy = tip.y() - from.y(), length = Math.hypot(dx, dy);
		if (length == 0) {
			return;
		}
		double ux = dx / length, uy = dy / length;
		double baseX = tip.x() - ux * ARROW_LENGTH, baseY = tip.y() - uy * ARROW_LENGTH;
		Path2D.Double head = new Path2D.Double();
		head.moveTo(baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH);
		head.lineTo(tip.x(), tip.y());
		head.lineTo(baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH);
		head.closePath();
		g.setColor(arrowColour);
		g.fill(head);
	}

	private void text(Shape.Text text, Graphics2D g) {
		String shown = SvgWriter.xmlSafe(text.text());
		if (shown.isEmpty()) {
			return;
		}
		Pen pen = pen(text.style());
		Font awt = font.awtFont(text.size(), text.bold());
		if (pen.italic()) {
			awt = awt.deriveFont(awt.getStyle() | Font.ITALIC);
		}
		double x = text.x();
		if (text.anchor() != Shape.Anchor.START) {
			double width = font.width(shown, text.size(), text.bold());
			x -= text.anchor() == Shape.Anchor.MIDDLE ? width / 2 : width;
		}
		g.setFont(awt);
		g.setColor(pen.fill() == null ? Color.BLACK : pen.fill());
		g.drawString(shown, (float) x, (float) text.y());
	}

	private Pen pen(Style style) {
		return pens.computeIfAbsent(style, s -> {
			Paint paint = Paint.of(s);
			Stroke line = null;
			if (paint.stroke() != null && !paint.text()) {
				float[] dash = paint.dash() == null ? null : dashes(paint.dash());
				line = new BasicStroke((float) paint.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITER_LIMIT, dash, 0);
			}
			return new Pen(colour(paint.fill()), colour(paint.stroke()), line, paint.italic());
		});
	}

	private static float[] dashes(String dash) {
		String[] parts = dash.trim().split("[\\s,]+");
		float[] lengths = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			lengths[i] = Float.parseFloat(parts[i]);
		}
		return lengths;
	}

	/** "#rrggbb" to a colour, its red and blue swapped if this painter swaps them; null stays null. */
	private Color colour(String hex) {
		if (hex == null) {
			return null;
		}
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new Color(redAndBlueSwapped ? (rgb & 0xff) << 16 | rgb & 0xff00 | rgb >> 16 & 0xff : rgb);
	}

}
