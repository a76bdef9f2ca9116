package org.svcworkbench.svc.diagram.scene;

/** An axis-aligned rectangle in diagram units (1 unit = 1 CSS pixel of the SVG). */
public record Rect(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	/** True when the interiors overlap (touching edges do not count). */
	public boolean overlaps(Rect other) {
		return x < other.right() - EPSILON && other.x < right() - EPSILON && y < other.bottom() - EPSILON
				&& other.y < bottom() - EPSILON;
	}

	public boolean contains(Rect other) {
		return other.x >= x - EPSILON && other.right() <= right() + EPSILON && other.y >= y - EPSILON
				&& other.bottom() <= bottom() + EPSILON;
	}

	/** True when the axis-parallel segment from a to b passes through the interior. */
	public boolean crossedBy(Point a, Point b) {
		double minX = Math.min(a.x(), b.x()), maxX = Math.max(a.x(), b.x());
		double minY = Math.min(a.y(), b.y()), maxY = Math.max(a.y(), b.y());
		return minX < right() - EPSILON && maxX > x + EPSILON && minY < bottom() - EPSILON && maxY > y + EPSILON;
	}

	private static final double EPSILON = 0.01;
}
