package org.svcworkbench.svc.diagram.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.svcworkbench.svc.diagram.scene.Style;

/**
 * Rounded boxes and circles painted into a picture's blue-green-red bytes from coverage that
 * Java2D's antialiasing (Marlin) computed once for the shape's size, style and place within a
 * pixel: a diagram repeats a few such shapes dozens of times (a blueprint's steps, a journey's
 * points), and Marlin's path work for each was a third of a picture's painting time. Coverage is
 * blended as Java2D's fill of a three-byte picture blends it ({@link #MUL8}: fill, then outline,
 * each {@code coverage × colour + (255 − coverage) × pixel}). A stamp depends only on its key (it
 * is made from the shape at the origin, moved by its place within a pixel), so a picture's bytes
 * do not depend on which pictures a renderer drew before it. Marlin computes the stamp from
 * coordinates of another size than the picture's, so where an edge fell exactly on its sampling
 * grid the rounding of those coordinates could decide one sample (a 64th of a pixel) otherwise:
 * the tests compare every example's pictures and repeated shapes at seven scales with Java2D's own
 * painting, pixel for pixel, and diamonds, whose mitred tips do land on the grid, are not stamped.
 * Shapes that reach the picture's edge are left to Java2D.
 */
final class ShapeStamps {

	/** Beyond this many stamps the cache starts again: pictures of one portfolio repeat a few dozen. */
	private static final int MAX_STAMPS = 2_048;
	/** Java2D's table of round(a × b / 255) for bytes (AlphaMath.c), which its fill loops blend with. */
	private static final byte[] MUL8 = new byte[256 * 256];
	private static final byte SOLID_FILL = 0, SOLID_OUTLINE = 1, BLEND = 2;
	/** Marlin's samples per pixel across and down (its defaults: 2^8 and 2^3). */
	private static final int X_SAMPLES = 256, Y_SAMPLES = 8;

	static {
		for (int a = 1; a < 256; a++) {
			int step = (a << 16) + (a << 8) + a, value = step + (1 << 23);
			for (int b = 1; b < 256; b++) {
				MUL8[a << 8 | b] = (byte) (value >>> 24);
				value += step;
			}
		}
	}

	/**
	 * What makes two shapes' stamps the same: the style, the scale, and the shape's path as Marlin
	 * receives it (its points at the scale), moved by whole pixels to the stamp's corner (which
	 * changes no bit of them).
	 */
	private static final class Key {
		final Style style;
		final double scale;
		final byte[] segments;
		final double[] points;
		final int hash;

		Key(Style style, double scale, byte[] segments, double[] points) {
			this.style = style;
			this.scale = scale;
			this.segments = segments;
			this.points = points;
			this.hash = 31 * (31 * (31 * style.hashCode() + Double.hashCode(scale)) + Arrays.hashCode(segments)) + Arrays.hashCode(points);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.hash == hash && key.style == style && key.scale == scale
					&& Arrays.equals(key.segments, segments) && Arrays.equals(key.points, points);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}

	private final Map<Key, Stamp> stamps = new HashMap<>();

	/**
	 * Paints the shape (filled, then outlined, when its colours are given) at the scale into the
	 * picture's bytes, three a pixel, blue first, and returns true; false, painting nothing, when its
	 * stamp would reach past the picture's edge.
	 */
	boolean paint(java.awt.Shape shape, Style style, double scale, Color fill, Color outline, java.awt.Stroke stroke, byte[] bytes,
			int width, int height) {
		double reach = stroke instanceof java.awt.BasicStroke basic ? basic.getLineWidth() * basic.getMiterLimit() / 2 : 0;
		int margin = (int) Math.ceil(reach * scale) + 2;
		// The points as Java2D transforms them for Marlin (a scale alone: x times the scale).
		byte[] segments = new byte[16];
		double[] points = new double[96];
		int segmentCount = 0, pointCount = 0;
		double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY,
				maxY = Double.NEGATIVE_INFINITY;
		double[] coordinates = new double[6];
		for (PathIterator path = shape.getPathIterator(AffineTransform.getScaleInstance(scale, scale)); !path.isDone(); path.next()) {
			int segment = path.currentSegment(coordinates);
			int count = switch (segment) {
			case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
			case PathIterator.SEG_QUADTO -> 4;
			case PathIterator.SEG_CUBICTO -> 6;
			default -> 0;
			};
			if (segmentCount == segments.length) {
				segments = Arrays.copyOf(segments, 2 * segmentCount);
			}
			segments[segmentCount++] = (byte) segment;
			if (pointCount + count > points.length) {
				points = Arrays.copyOf(points, 2 * points.length);
			}
			for (int k = 0; k < count; k += 2) {
				minX = Math.min(minX, coordinates[k]);
				maxX = Math.max(maxX, coordinates[k]);
				minY = Math.min(minY, coordinates[k + 1]);
				maxY = Math.max(maxY, coordinates[k + 1]);
				points[pointCount++] = coordinates[k];
				points[pointCount++] = coordinates[k + 1];
			}
		}
		if (pointCount == 0 || !Double.isFinite(minX + minY + maxX + maxY)) {
			return false;
		}
		int left = (int) Math.floor(minX) - margin, top = (int) Math.floor(minY) - margin;
		int stampWidth = (int) Math.ceil(maxX) + margin - left, stampHeight = (int) Math.ceil(maxY) + margin - top;
		if (left < 0 || top < 0 || left + stampWidth > width || top + stampHeight > height) {
			return false;
		}
		double halfWidth = stroke instanceof java.awt.BasicStroke basic ? basic.getLineWidth() * scale / 2 : 0;
		if (onSamplingGrid(minX, maxX, left, halfWidth, X_SAMPLES) || onSamplingGrid(minY, maxY, top, halfWidth, Y_SAMPLES)) {
			return false;
		}
		for (int k = 0; k < pointCount; k += 2) { // exact: a whole number off a number above it
			points[k] -= left;
			points[k + 1] -= top;
		}
		Key key = new Key(style, scale, Arrays.copyOf(segments, segmentCount), Arrays.copyOf(points, pointCount));
		Stamp stamp = stamps.get(key);
		if (stamp == null) {
			if (stamps.size() >= MAX_STAMPS) {
				stamps.clear();
			}
			// Marlin gets the shape's points less the corner's whole pixels: the key's points, bit for bit.
			AffineTransform place = new AffineTransform(scale, 0, 0, scale, -left, -top);
			stamp = Stamp.of(shape, place, stampWidth, stampHeight, fill, outline, stroke);
			stamps.put(key, stamp);
		}
		stamp.apply(bytes, width, left, top);
		return true;
	}

	/**
	 * Whether a side of the shape, or of its outline, lies on (or a rounding away from) the line
	 * between two of Marlin's samples, in the picture or in the stamp: there the coordinates' other
	 * rounding in the stamp could move the whole side by one sample.
	 */
	private static boolean onSamplingGrid(double low, double high, int corner, double halfWidth, int samples) {
		for (double side : new double[] { low, high }) {
			for (double edge : new double[] { side, side - halfWidth, side + halfWidth }) {
				if (nearSampleBoundary(edge, samples) || nearSampleBoundary(edge - corner, samples)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Marlin counts a sample as covered from the middle of a sample on (its coverage of x, its rows of y). */
	private static boolean nearSampleBoundary(double position, int samples) {
		double scaled = position * samples - 0.5;
		return Math.abs(scaled - Math.rint(scaled)) < 1e-6;
	}

	/**
	 * A shape's pixels as runs: of the fill's colour alone, of the outline's colour alone, or pixels
	 * where either is partly covered (with both coverages).
	 */
	private static final class Stamp {
		final int width, height;
		/** Per run: row, column, length and what it is. */
		final int[] rows, columns, lengths;
		final byte[] kinds;
		/** The fill's and the outline's coverage of each blended pixel, in run order. */
		final byte[] fillCoverage, outlineCoverage;
		/** The colours' bytes, blue first, as long as the longest run; and each colour's three bytes. */
		byte[] fillRow, outlineRow;
		int fillB, fillG, fillR, lineB, lineG, lineR;

		private Stamp(int width, int height, int[] rows, int[] columns, int[] lengths, byte[] kinds, byte[] fillCoverage,
				byte[] outlineCoverage) {
			this.width = width;
			this.height = height;
			this.rows = rows;
			this.columns = columns;
			this.lengths = lengths;
			this.kinds = kinds;
			this.fillCoverage = fillCoverage;
			this.outlineCoverage = outlineCoverage;
		}

		static Stamp of(java.awt.Shape shape, AffineTransform place, int width, int height, Color fillColour, Color outlineColour,
				java.awt.Stroke stroke) {
			byte[] fill = fillColour != null ? coverage(width, height, place, g -> g.fill(shape)) : null;
			byte[] line = stroke != null ? coverage(width, height, place, g -> {
				g.setStroke(stroke);
				g.draw(shape);
			}) : null;
			Stamp stamp = runs(width, height, fill, line);
			stamp.colour(fillColour, outlineColour);
			return stamp;
		}

		private void colour(Color fill, Color outline) {
			int longest = Arrays.stream(lengths).max().orElse(0);
			if (fill != null) {
				fillRow = row(fill, longest);
				fillB = fill.getBlue();
				fillG = fill.getGreen();
				fillR = fill.getRed();
			}
			if (outline != null) {
				outlineRow = row(outline, longest);
				lineB = outline.getBlue();
				lineG = outline.getGreen();
				lineR = outline.getRed();
			}
		}

		/** How much of each pixel Java2D covers when it paints so: a white paint on black grey is the coverage itself. */
		private static byte[] coverage(int width, int height, AffineTransform place, Consumer<Graphics2D> painting) {
			BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D g = grey.createGraphics();
			try {
				PngRenderer.hint(g);
				g.setColor(Color.WHITE);
				g.setTransform(place);
				painting.accept(g);
			} finally {
				g.dispose();
			}
			return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
		}

		private static Stamp runs(int width, int height, byte[] fill, byte[] line) {
			int capacity = 4 * height + 16;
			int[] rows = new int[capacity], columns = new int[capacity], lengths = new int[capacity];
			byte[] kinds = new byte[capacity], fillCoverage = new byte[capacity], outlineCoverage = new byte[capacity];
			int runs = 0, blends = 0;
			for (int y = 0; y < height; y++) {
				int x = 0;
				while (x < width) {
					int at = y * width + x;
					int a = fill == null ? 0 : fill[at] & 0xff, b = line == null ? 0 : line[at] & 0xff;
					byte kind = b == 255 ? SOLID_OUTLINE : b == 0 && a == 255 ? SOLID_FILL : a == 0 && b == 0 ? -1 : BLEND;
					if (kind < 0) {
						x++;
						continue;
					}
					int length = 1;
					if (kind != BLEND) {
						while (x + length < width && kindAt(fill, line, at + length) == kind) {
							length++;
						}
					}
					if (runs == rows.length) {
						rows = Arrays.copyOf(rows, 2 * runs);
						columns = Arrays.copyOf(columns, 2 * runs);
						lengths = Arrays.copyOf(lengths, 2 * runs);
						kinds = Arrays.copyOf(kinds, 2 * runs);
					}
					if (kind == BLEND) {
						if (blends == fillCoverage.length) {
							fillCoverage = Arrays.copyOf(fillCoverage, 2 * blends);
							outlineCoverage = Arrays.copyOf(outlineCoverage, 2 * blends);
						}
						fillCoverage[blends] = (byte) a;
						outlineCoverage[blends++] = (byte) b;
					}
					rows[runs] = y;
					columns[runs] = x;
					lengths[runs] = length;
					kinds[runs++] = kind;
					x += length;
				}
			}
			return new Stamp(width, height, Arrays.copyOf(rows, runs), Arrays.copyOf(columns, runs), Arrays.copyOf(lengths, runs),
					Arrays.copyOf(kinds, runs), Arrays.copyOf(fillCoverage, blends), Arrays.copyOf(outlineCoverage, blends));
		}

		private static byte kindAt(byte[] fill, byte[] line, int at) {
			int a = fill == null ? 0 : fill[at] & 0xff, b = line == null ? 0 : line[at] & 0xff;
			return b == 255 ? SOLID_OUTLINE : b == 0 && a == 255 ? SOLID_FILL : BLEND;
		}

		/** Paints the stamp with its top left pixel at (left, top) of a picture of three bytes a pixel, blue first. */
		void apply(byte[] bytes, int pictureWidth, int left, int top) {
			int blend = 0;
			for (int run = 0; run < kinds.length; run++) {
				int at = 3 * ((top + rows[run]) * pictureWidth + left + columns[run]);
				switch (kinds[run]) {
				case SOLID_FILL -> System.arraycopy(fillRow, 0, bytes, at, 3 * lengths[run]);
				case SOLID_OUTLINE -> System.arraycopy(outlineRow, 0, bytes, at, 3 * lengths[run]);
				default -> {
					int a = fillCoverage[blend] & 0xff, b = outlineCoverage[blend++] & 0xff;
					bytes[at] = (byte) over(lineB, b, over(fillB, a, bytes[at] & 0xff));
					bytes[at + 1] = (byte) over(lineG, b, over(fillG, a, bytes[at + 1] & 0xff));
					bytes[at + 2] = (byte) over(lineR, b, over(fillR, a, bytes[at + 2] & 0xff));
				}
				}
			}
		}

		/** A colour at a coverage over a pixel's byte, as Java2D's fill loop blends it. */
		private static int over(int colour, int coverage, int pixel) {
			if (coverage == 0) {
				return pixel;
			}
			if (coverage == 255) {
				return colour;
			}
			return (MUL8[coverage << 8 | colour] & 0xff) + (MUL8[255 - coverage << 8 | pixel] & 0xff);
		}

		private static byte[] row(Color colour, int pixels) {
			byte[] row = new byte[3 * pixels];
			for (int at = 0; at < row.length; at += 3) {
				row[at] = (byte) colour.getBlue();
				row[at + 1] = (byte) colour.getGreen();
				row[at + 2] = (byte) colour.getRed();
			}
			return row;
		}
	}
}
