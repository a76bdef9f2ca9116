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
 * Java2D's antialiasing (Marlin) computed once: a diagram repeats a few such shapes dozens of times
 * (a blueprint's steps, a journey's points), and Marlin's path work for each was a third of a
 * picture's painting time. Coverage is blended as Java2D's fill of a three-byte picture blends it
 * ({@link #MUL8}: fill, then outline, each {@code coverage × colour + (255 − coverage) × pixel}).
 * A stamp's key is the shape's path exactly as Java2D hands it to Marlin (its points times the
 * scale) less whole pixels, which changes no bit of them, so Marlin gets the same numbers for the
 * stamp as it would in place, and a picture's bytes do not depend on which pictures a renderer drew
 * before it. Marlin's own arithmetic still works at another magnitude in the stamp, so a shape with
 * a side (or an outline's side) on its sampling grid, where that rounding could move a whole side
 * by a sample, is left to Java2D, as are diamonds (their mitred tips land on the grid) and shapes
 * that reach the picture's edge. RepeatedShapesTest and the example diagrams' tests compare the
 * file's pixels with Java2D's own painting.
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

	/** round(a × b / 255) for bytes, as Java2D blends a coverage a of a colour byte b. */
	static int mul8(int a, int b) {
		return MUL8[a << 8 | b] & 0xff;
	}

	/**
	 * Java2D's mask fill of one pixel of blue, green, red bytes at the index: nothing at coverage 0,
	 * the colour at 255, else the colour and the pixel mixed by MUL8.
	 */
	static void blend(byte[] bytes, int at, int coverage, int blue, int green, int red) {
		if (coverage == 0) {
			return;
		}
		if (coverage == 255) {
			bytes[at] = (byte) blue;
			bytes[at + 1] = (byte) green;
			bytes[at + 2] = (byte) red;
			return;
		}
		int keeps = 255 - coverage;
		bytes[at] = (byte) (mul8(coverage, blue) + mul8(keeps, bytes[at] & 0xff));
		bytes[at + 1] = (byte) (mul8(coverage, green) + mul8(keeps, bytes[at + 1] & 0xff));
		bytes[at + 2] = (byte) (mul8(coverage, red) + mul8(keeps, bytes[at + 2] & 0xff));
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
		final int segmentCount, pointCount, hash;

		/** A key over the first segments and points of the arrays (a probe made of scratch arrays, or a copy to keep). */
		Key(Style style, double scale, byte[] segments, int segmentCount, double[] points, int pointCount) {
			this.style = style;
			this.scale = scale;
			this.segments = segments;
			this.segmentCount = segmentCount;
			this.points = points;
			this.pointCount = pointCount;
			int h = 31 * style.hashCode() + Double.hashCode(scale);
			for (int i = 0; i < segmentCount; i++) {
				h = 31 * h + segments[i];
			}
			for (int i = 0; i < pointCount; i++) {
				h = 31 * h + Double.hashCode(points[i]);
			}
			this.hash = h;
		}

		/** This key with arrays of its own, to be kept. */
		Key kept() {
			return new Key(style, scale, Arrays.copyOf(segments, segmentCount), segmentCount, Arrays.copyOf(points, pointCount), pointCount);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.hash == hash && key.style == style && key.scale == scale
					&& Arrays.equals(key.segments, 0, key.segmentCount, segments, 0, segmentCount)
					&& Arrays.equals(key.points, 0, key.pointCount, points, 0, pointCount);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}

	private final Map<Key, Stamp> stamps = new HashMap<>();
	/** A shape's path, read into these for each shape (a painter paints on one thread at a time). */
	private byte[] segments = new byte[16];
	private double[] points = new double[96];
	private final double[] coordinates = new double[6];

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
		byte[] segments = this.segments;
		double[] points = this.points, coordinates = this.coordinates;
		int segmentCount = 0, pointCount = 0;
		double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY,
				maxY = Double.NEGATIVE_INFINITY;
		for (PathIterator path = shape.getPathIterator(AffineTransform.getScaleInstance(scale, scale)); !path.isDone(); path.next()) {
			int segment = path.currentSegment(coordinates);
			int count = switch (segment) {
			case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
			case PathIterator.SEG_QUADTO -> 4;
			case PathIterator.SEG_CUBICTO -> 6;
			default -> 0;
			};
			if (segmentCount == segments.length) {
				segments = this.segments = Arrays.copyOf(segments, 2 * segmentCount);
			}
			segments[segmentCount++] = (byte) segment;
			if (pointCount + count > points.length) {
				points = this.points = Arrays.copyOf(points, 2 * points.length);
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
		Key key = new Key(style, scale, segments, segmentCount, points, pointCount);
		Stamp stamp = stamps.get(key);
		if (stamp == null) {
			if (stamps.size() >= MAX_STAMPS) {
				stamps.clear();
			}
			// Marlin gets the shape's points less the corner's whole pixels: the key's points, bit for bit.
			AffineTransform place = new AffineTransform(scale, 0, 0, scale, -left, -top);
			stamp = Stamp.of(shape, place, stampWidth, stampHeight, fill, outline, stroke);
			stamps.put(key.kept(), stamp);
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
	 * A shape's pixels as runs along its rows: of the fill's colour alone, of the outline's colour
	 * alone, or of pixels that both cover alike, partly (blended with what is under them).
	 */
	private static final class Stamp {
		/** Per run: row, column, length and what it is. */
		final int[] rows, columns, lengths;
		final byte[] kinds;
		/** The colours' bytes, blue first, as long as the longest run (null without that colour). */
		final byte[] fillRow, outlineRow;
		/**
		 * Per blended run, the fill's and the outline's part: each colour byte times its coverage
		 * (blue, green, red from bit 0), and 255 less the coverage above bit 24, what the pixel under keeps.
		 */
		final int[] fillParts, outlineParts;

		/** The runs, and the fill's and the outline's coverage of each, painted in the colours. */
		private Stamp(int[] rows, int[] columns, int[] lengths, byte[] kinds, byte[] fillCoverage, byte[] outlineCoverage, Color fill,
				Color outline) {
			this.rows = rows;
			this.columns = columns;
			this.lengths = lengths;
			this.kinds = kinds;
			int longest = Arrays.stream(lengths).max().orElse(0);
			fillRow = fill == null ? null : row(fill, longest);
			outlineRow = outline == null ? null : row(outline, longest);
			fillParts = new int[kinds.length];
			outlineParts = new int[kinds.length];
			for (int run = 0; run < kinds.length; run++) {
				fillParts[run] = part(fill, fillCoverage[run] & 0xff);
				outlineParts[run] = part(outline, outlineCoverage[run] & 0xff);
			}
		}

		static Stamp of(java.awt.Shape shape, AffineTransform place, int width, int height, Color fillColour, Color outlineColour,
				java.awt.Stroke stroke) {
			byte[] fill = fillColour != null ? coverage(width, height, place, g -> g.fill(shape)) : null;
			byte[] line = stroke != null ? coverage(width, height, place, g -> {
				g.setStroke(stroke);
				g.draw(shape);
			}) : null;
			return runs(width, height, fill, line, fillColour, outlineColour);
		}

		/** A colour's bytes times a coverage, and 255 less the coverage (no colour: nothing, and the pixel under kept whole). */
		private static int part(Color colour, int coverage) {
			if (colour == null) {
				return 255 << 24;
			}
			return (255 - coverage) << 24 | mul8(coverage, colour.getRed()) << 16 | mul8(coverage, colour.getGreen()) << 8
					| mul8(coverage, colour.getBlue());
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

		private static Stamp runs(int width, int height, byte[] fill, byte[] line, Color fillColour, Color outlineColour) {
			int capacity = 8 * height + 16;
			int[] rows = new int[capacity], columns = new int[capacity], lengths = new int[capacity];
			byte[] kinds = new byte[capacity], fillCoverage = new byte[capacity], outlineCoverage = new byte[capacity];
			int runs = 0;
			for (int y = 0; y < height; y++) {
				int x = 0;
				while (x < width) {
					int at = y * width + x;
					int a = coverage(fill, at), b = coverage(line, at);
					if (a == 0 && b == 0) {
						x++;
						continue;
					}
					byte kind = b == 255 ? SOLID_OUTLINE : b == 0 && a == 255 ? SOLID_FILL : BLEND;
					int length = 1;
					while (x + length < width && same(fill, line, at, at + length, kind)) {
						length++;
					}
					if (runs == rows.length) {
						rows = Arrays.copyOf(rows, 2 * runs);
						columns = Arrays.copyOf(columns, 2 * runs);
						lengths = Arrays.copyOf(lengths, 2 * runs);
						kinds = Arrays.copyOf(kinds, 2 * runs);
						fillCoverage = Arrays.copyOf(fillCoverage, 2 * runs);
						outlineCoverage = Arrays.copyOf(outlineCoverage, 2 * runs);
					}
					rows[runs] = y;
					columns[runs] = x;
					lengths[runs] = length;
					fillCoverage[runs] = (byte) a;
					outlineCoverage[runs] = (byte) b;
					kinds[runs++] = kind;
					x += length;
				}
			}
			return new Stamp(Arrays.copyOf(rows, runs), Arrays.copyOf(columns, runs), Arrays.copyOf(lengths, runs), Arrays.copyOf(kinds, runs),
					Arrays.copyOf(fillCoverage, runs), Arrays.copyOf(outlineCoverage, runs), fillColour, outlineColour);
		}

		private static int coverage(byte[] coverage, int at) {
			return coverage == null ? 0 : coverage[at] & 0xff;
		}

		/** Whether the pixel at next belongs to the run of the one at first: the same colour alone, or the same blend. */
		private static boolean same(byte[] fill, byte[] line, int first, int next, byte kind) {
			int a = coverage(fill, next), b = coverage(line, next);
			return switch (kind) {
			case SOLID_OUTLINE -> b == 255;
			case SOLID_FILL -> b == 0 && a == 255;
			default -> a == coverage(fill, first) && b == coverage(line, first);
			};
		}

		/** Paints the stamp with its top left pixel at (left, top) of a picture of three bytes a pixel, blue first. */
		void apply(byte[] bytes, int pictureWidth, int left, int top) {
			byte[] mul8 = MUL8;
			for (int run = 0; run < kinds.length; run++) {
				int at = 3 * ((top + rows[run]) * pictureWidth + left + columns[run]);
				switch (kinds[run]) {
				case SOLID_FILL -> System.arraycopy(fillRow, 0, bytes, at, 3 * lengths[run]);
				case SOLID_OUTLINE -> System.arraycopy(outlineRow, 0, bytes, at, 3 * lengths[run]);
				default -> {
					// Java2D's blend of the fill, stored as a byte, then of the outline over it; a part with
					// no coverage keeps the pixel (255 × p / 255 = p), one with all of it replaces it.
					int fill = fillParts[run], outline = outlineParts[run];
					int fillKeeps = fill >>> 24 << 8, outlineKeeps = outline >>> 24 << 8;
					int fillB = fill & 0xff, fillG = fill >> 8 & 0xff, fillR = fill >> 16 & 0xff;
					int outlineB = outline & 0xff, outlineG = outline >> 8 & 0xff, outlineR = outline >> 16 & 0xff;
					for (int end = at + 3 * lengths[run]; at < end; at += 3) {
						int blue = fillB + (mul8[fillKeeps | bytes[at] & 0xff] & 0xff) & 0xff;
						int green = fillG + (mul8[fillKeeps | bytes[at + 1] & 0xff] & 0xff) & 0xff;
						int red = fillR + (mul8[fillKeeps | bytes[at + 2] & 0xff] & 0xff) & 0xff;
						bytes[at] = (byte) (outlineB + (mul8[outlineKeeps | blue] & 0xff));
						bytes[at + 1] = (byte) (outlineG + (mul8[outlineKeeps | green] & 0xff));
						bytes[at + 2] = (byte) (outlineR + (mul8[outlineKeeps | red] & 0xff));
					}
				}
				}
			}
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
