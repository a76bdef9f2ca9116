package org.svcworkbench.svc.diagram.render;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

import org.svcworkbench.svc.diagram.scene.Point;

/**
 * Lines whose segments all run across or down (a blueprint's flows and links, dividers, grid lines,
 * a zone's edges: nearly every line of a diagram) painted straight into a picture's blue-green-red
 * bytes, with the pixels Java2D paints for them. With butt caps and mitred right-angle joins, the
 * SVG's stroke defaults, such a line's outline is a few rectangles that do not overlap: each
 * segment widened by half the stroke, reaching past a join to the next segment's side, and after
 * a join starting from the last one's side; a dashed line is a rectangle per dash. Marlin, which
 * Java2D strokes through, covers a pixel by counting its samples inside the outline (eight rows of
 * 256 a pixel); for upright sides that count is the sum of each rectangle's, taken here with
 * Marlin's own arithmetic (the stroker's offsets, the dasher's steps, the samples' rounding, the
 * coverage's map to alpha) and blended as Java2D's fill blends it ({@link ShapeStamps#mul8}).
 * Stroking each line through Marlin (path, stroker, dasher, edge lists, a mask fill) had been two
 * fifths of a picture's painting. Anything else (a slanted or curved segment, a turn back, a
 * segment shorter than the stroke is wide, parts that would overlap, a line near the picture's
 * edge, where Marlin clips) is left to Java2D. AxisLinesTest compares the pixels with Java2D's.
 */
final class AxisLines {

	/** The rectangles of the line being painted: left, top, right, bottom, in pixels. */
	private double[] boxes = new double[4 * 8];
	/** The samples covered in each pixel of one row so far, summed over the rectangles that reach them. */
	private int[] row = new int[0];
	/** Marlin's samples per pixel across (2^8) and down (2^3), and its alpha for a count of them (MarlinCache.buildAlphaMap). */
	private static final int X_SAMPLES = 256, Y_SAMPLES = 8, ALL_SAMPLES = X_SAMPLES * Y_SAMPLES;
	/** The dasher takes what is left of a segment within this as the end of its dash. */
	private static final double DASH_EPSILON = 1e-6;
	private static final double TWO_TO_32 = 0x1.0p32;

	/**
	 * Paints the line (points in units; its stroke width in units; dash lengths in units or null)
	 * at the scale into the picture's bytes and returns true; false, painting nothing, when it is
	 * not a line this class paints.
	 */
	boolean paint(List<Point> points, double strokeWidth, float[] dash, Color colour, double scale, byte[] bytes, int width, int height) {
		int count = dash == null ? solid(points, strokeWidth * scale / 2, scale) : dashed(points, strokeWidth * scale / 2, dash, scale);
		if (count == 0 || overlapping(count) || nearTheEdge(count, width, height)) {
			return false;
		}
		if (row.length < width) {
			row = new int[width];
		}
		fill(count, colour, bytes, width, height);
		return true;
	}

	/** The rectangles of a solid line with half its stroke's width in pixels; 0 when it is not one to paint so. */
	private int solid(List<Point> points, double half, double scale) {
		int segments = points.size() - 1;
		if (segments < 1) {
			return 0;
		}
		double[] sides = new double[segments]; // each segment's half width as the stroker computes it
		for (int i = 0; i < segments; i++) {
			Point from = points.get(i), to = points.get(i + 1);
			double dx = to.x() * scale - from.x() * scale, dy = to.y() * scale - from.y() * scale;
			if ((dx == 0) == (dy == 0)) {
				return 0; // slanted, or no length
			}
			if (i > 0 && (dx == 0) == (sides[i - 1] < 0)) {
				return 0; // straight on or back: no right-angle join
			}
			double side = Math.abs(offset(dx == 0 ? dy : dx, half));
			sides[i] = dx == 0 ? -side : side; // the sign says which way the segment runs: across (+) or down (-)
		}
		int count = 0;
		for (int i = 0; i < segments; i++) {
			Point from = points.get(i), to = points.get(i + 1);
			double x0 = from.x() * scale, y0 = from.y() * scale, x1 = to.x() * scale, y1 = to.y() * scale;
			boolean across = y0 == y1;
			double side = Math.abs(sides[i]);
			// Along the segment: from its start (the last segment's side after a join) to its end (the next one's side before one).
			double start = across ? x0 : y0, end = across ? x1 : y1, sign = Math.signum(end - start);
			start += i > 0 ? sign * Math.abs(sides[i - 1]) : 0;
			end += i < segments - 1 ? sign * Math.abs(sides[i + 1]) : 0;
			if ((end - start) * sign <= 0) {
				return 0; // shorter than the stroke is wide
			}
			double middle = across ? y0 : x0;
			count = add(count, across, Math.min(start, end), Math.max(start, end), middle - side, middle + side);
		}
		return count;
	}

	/** The stroker's offset of a segment's sides from its middle: its length times half the width, over its length. */
	private static double offset(double length, double half) {
		return length * half / Math.sqrt(length * length);
	}

	/** The rectangles of a dashed line of one segment, its dashes starting at its first point; 0 when it is not one. */
	private int dashed(List<Point> points, double half, float[] dash, double scale) {
		if (points.size() != 2) {
			return 0;
		}
		double total = 0;
		for (float length : dash) {
			if (!(length >= 0)) {
				return 0;
			}
			total += length;
		}
		if (!(total > 0)) {
			return 0;
		}
		Point from = points.get(0), to = points.get(1);
		double x0 = from.x() * scale, y0 = from.y() * scale, x1 = to.x() * scale, y1 = to.y() * scale;
		boolean across = y0 == y1;
		if (across == (x0 == x1)) {
			return 0;
		}
		double start = across ? x0 : y0, end = across ? x1 : y1, sign = Math.signum(end - start);
		double middle = across ? y0 : x0;
		// The dasher's steps: from where the last dash or gap ended, its length further, until what is left of the segment is no longer.
		int count = 0;
		double at = start, left = Math.sqrt((end - start) * (end - start));
		boolean on = true; // dashes and gaps alternate through the lengths, again and again (an odd list swaps them each time round)
		for (int k = 0;; k = (k + 1) % dash.length, on = !on) {
			double length = (double) dash[k] * scale, rest = left - length;
			double next = rest <= DASH_EPSILON ? end : at + length * sign;
			if (on && next != at) {
				double side = Math.abs(offset(next - at, half));
				count = add(count, across, Math.min(at, next), Math.max(at, next), middle - side, middle + side);
			}
			if (rest <= DASH_EPSILON) {
				return count;
			}
			at = next;
			left = rest;
		}
	}

	/** Adds a rectangle given along and across its segment; returns the new count. */
	private int add(int count, boolean across, double alongFrom, double alongTo, double crossFrom, double crossTo) {
		if (4 * count + 4 > boxes.length) {
			boxes = Arrays.copyOf(boxes, 2 * boxes.length);
		}
		int at = 4 * count;
		boxes[at] = across ? alongFrom : crossFrom;
		boxes[at + 1] = across ? crossFrom : alongFrom;
		boxes[at + 2] = across ? alongTo : crossTo;
		boxes[at + 3] = across ? crossTo : alongTo;
		return count + 1;
	}

	/** Whether any two rectangles share an area (a line that crosses or runs along itself): Java2D paints such a line once where it overlaps. */
	private boolean overlapping(int count) {
		double[] b = boxes;
		for (int i = 0; i < count; i++) {
			for (int j = i + 1; j < count; j++) {
				if (b[4 * i] < b[4 * j + 2] && b[4 * j] < b[4 * i + 2] && b[4 * i + 1] < b[4 * j + 3] && b[4 * j + 1] < b[4 * i + 3]) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a rectangle comes within a pixel of the picture's edge, where Marlin clips the outline first. */
	private boolean nearTheEdge(int count, int width, int height) {
		double[] b = boxes;
		for (int i = 0; i < count; i++) {
			if (b[4 * i] < 1 || b[4 * i + 1] < 1 || b[4 * i + 2] > width - 1 || b[4 * i + 3] > height - 1) {
				return true;
			}
		}
		return false;
	}

	/** Marlin's first column of samples right of an upright side at x (Renderer: the crossing in 32.32 fixed point, rounded up). */
	private static int column(double x) {
		return (int) ((long) (TWO_TO_32 * (X_SAMPLES * x)) + 0x7FFFFFFFL >> 32);
	}

	/** Marlin's first row of samples below a level side at y: samples lie halfway down their rows. */
	private static int sampleRow(double y) {
		return (int) Math.ceil(Y_SAMPLES * y - 0.5);
	}

	/** Blends the colour into each pixel by the samples of it the rectangles cover, row by row, as Java2D's mask fill does. */
	private void fill(int count, Color colour, byte[] bytes, int width, int height) {
		int[] columns = new int[2 * count], rows = new int[2 * count];
		int firstRow = Integer.MAX_VALUE, lastRow = Integer.MIN_VALUE;
		for (int i = 0; i < count; i++) {
			columns[2 * i] = column(boxes[4 * i]);
			columns[2 * i + 1] = column(boxes[4 * i + 2]);
			rows[2 * i] = sampleRow(boxes[4 * i + 1]);
			rows[2 * i + 1] = sampleRow(boxes[4 * i + 3]);
			firstRow = Math.min(firstRow, rows[2 * i]);
			lastRow = Math.max(lastRow, rows[2 * i + 1]);
		}
		int[] row = this.row;
		int blue = colour.getBlue(), green = colour.getGreen(), red = colour.getRed();
		for (int y = Math.floorDiv(firstRow, Y_SAMPLES), endY = Math.floorDiv(lastRow - 1, Y_SAMPLES); y <= endY; y++) {
			int top = y * Y_SAMPLES, bottom = top + Y_SAMPLES;
			for (int i = 0; i < count; i++) {
				int down = Math.min(rows[2 * i + 1], bottom) - Math.max(rows[2 * i], top);
				int from = columns[2 * i], to = columns[2 * i + 1];
				if (down <= 0 || from >= to) {
					continue;
				}
				for (int x = from >> 8, lastX = (to - 1) >> 8; x <= lastX; x++) {
					row[x] += down * (Math.min(to, (x + 1) * X_SAMPLES) - Math.max(from, x * X_SAMPLES));
				}
			}
			// Each pixel blended once, by all its samples, then its count cleared for the next row.
			for (int i = 0; i < count; i++) {
				int from = columns[2 * i], to = columns[2 * i + 1];
				if (Math.min(rows[2 * i + 1], bottom) - Math.max(rows[2 * i], top) <= 0 || from >= to) {
					continue;
				}
				for (int x = from >> 8, lastX = (to - 1) >> 8; x <= lastX; x++) {
					int samples = row[x];
					if (samples == 0) {
						continue;
					}
					row[x] = 0;
					int alpha = (samples * 255 + ALL_SAMPLES / 4) / ALL_SAMPLES;
					if (alpha == 0) {
						continue;
					}
					ShapeStamps.blend(bytes, 3 * (y * width + x), alpha, blue, green, red);
				}
			}
		}
	}
}
