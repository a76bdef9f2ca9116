package org.svcworkbench.svc.diagram.scene;

import java.util.List;

/**
 * What a writer draws. Diagrams are turned into these primitives after layout; writers know
 * nothing else, neither the domain nor the layout.
 */
public sealed interface Shape {

	/** A rectangle; the tooltip becomes an SVG {@code <title>}. */
	record Box(Rect bounds, Style style, double cornerRadius, String tooltip) implements Shape {
	}

	/** A diamond inside the bounds. */
	record Diamond(Rect bounds, Style style) implements Shape {
	}

	record Circle(Point center, double radius, Style style) implements Shape {
	}

	/** One line of text; y is the baseline. */
	record Text(String text, double x, double y, double size, boolean bold, Anchor anchor, Style style) implements Shape {
	}

	/** A polyline, optionally ending in an arrowhead. */
	record Line(List<Point> points, Style style, boolean arrow) implements Shape {
	}

	/** Shapes that belong together (a step and its texts), with an id and a tooltip. */
	record Group(String id, String tooltip, List<Shape> children) implements Shape {
	}

	enum Anchor {
		START, MIDDLE, END
	}
}
