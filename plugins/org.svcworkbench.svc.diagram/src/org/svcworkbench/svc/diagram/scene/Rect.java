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

	/** True when the segment from a to b, at any slope, passes through the interior (Liang–Barsky clipping). */
	public boolean cutBy(Point a, Point b) {
		double dx = b.x() - a.x(), dy = b.y() - a.y();
		double[] towards = { -dx, dx, -dy, dy };
		double[] room = { a.x() - (x + EPSILON), right() - EPSILON - a.x(), a.y() - (y + EPSILON), bottom() - EPSILON - a.y() };
		double enter = 0, leave = 1;
		for (int i = 0; i < 4; i++) {
			if (towards[i] == 0) {
				if (room[i] < 0) {
					return false; // parallel to this edge and outside it
				}
			} else if (towards[i] < 0) {
				enter = Math.max(enter, room[i] / towards[i]);
			} else {
				leave = Math.min(leave, room[i] / towards[i]);
			}
		}
		return enter < leave;
	}

	/** The rectangle grown by the margin on every side. */
	public Rect grown(double margin) {
		return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}

	private static final double EPSILON = 0.01;
}
