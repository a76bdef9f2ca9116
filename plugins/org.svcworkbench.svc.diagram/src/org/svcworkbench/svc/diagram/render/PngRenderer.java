package org.svcworkbench.svc.diagram.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * PNG of a scene, painted with Java2D ({@link ScenePainter}) at a scale: 2 (the default) for sharp
 * text on dense screens and in print, 1 for the SVG's own size. The file records its scale (a pHYs
 * chunk of 96 dpi times the scale), so word processors and slide tools place a picture at the
 * SVG's size whatever its pixels. Pixels are drawn only where a reader can see them: a
 * picture whose longer side would pass {@value #SHARP_SIDE} pixels (a wide laptop or desktop screen;
 * 230 dpi across an A4 page) is shown scaled down by most screens, slides and pages, so it is drawn
 * at the scale that makes it that long; but never below one pixel per unit ({@value #MIN_SCALE}):
 * text keeps the size it has in the SVG, so a 200-step blueprint is longer than the limit rather
 * than unreadable. The PNG is painted straight into the bytes a PNG file holds and written by
 * {@link PngFile}, compressed by {@link ScanlineDeflater}, on the calling thread (documentation runs
 * make several pictures at once): PngEncodingBenchmark measured painting and writing so several
 * times faster than ImageIO or pngencoder (which the product used before) at zlib's fastest level,
 * for files no larger. A renderer draws each picture into the pixels
 * of its previous one when they are enough (up to {@value #REUSED_PIXELS} pixels): a documentation
 * run draws thousands of pictures of a few million pixels each, and allocating them anew made the
 * collector copy them (a fifth of a PNG run's time); it keeps its deflater's tables and file and
 * its shape stamps ({@link ShapeStamps}) as well. So a renderer belongs to one thread at a time.
 */
public final class PngRenderer {

	/** Two pixels per unit: sharp in print and on dense screens. */
	public static final double DEFAULT_SCALE = 2;
	/** The largest scale asked for: beyond it pictures grow without a reader seeing more. */
	public static final double MAX_SCALE = 4;
	/** The SVG's unit is the CSS pixel, 1/96 inch. */
	private static final int CSS_DPI = 96;
	public static final int SHARP_SIDE = 2_560;
	public static final double MIN_SCALE = 1;
	public static final int REUSED_PIXELS = 16_000_000;

	/** Blue, green, red bytes per pixel, as TYPE_3BYTE_BGR keeps them. */
	private static final ComponentColorModel BGR = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
			Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
	private static final int[] BGR_OFFSETS = { 2, 1, 0 };

	private final ScenePainter painter;
	private final ScenePainter swapped;
	private byte[] reused;
	/** A row of white pixels, as long as the widest picture so far. */
	private byte[] white;
	private final ScanlineDeflater deflater = new ScanlineDeflater();

	/** A renderer with the font the diagrams are measured with. */
	public PngRenderer() {
		this(DiagramFont.installed());
	}

	/** A renderer with the font the scenes were measured with. */
	public PngRenderer(DiagramFont font) {
		this.painter = new ScenePainter(font);
		this.swapped = new ScenePainter(font, true, true);
	}

	/**
	 * The PNG file of the scene: painted with red and blue swapped into a picture that keeps blue,
	 * green, red bytes, whose bytes are then red, green, blue, the PNG's order (over this
	 * renderer's pixels of the previous picture when they are enough).
	 */
	public byte[] render(Scene scene, double scale) {
		double fitted = fittedScale(scene.width(), scene.height(), scale);
		int width = width(scene, fitted), height = height(scene, fitted);
		byte[] rgb = pixels(3L * width * height);
		WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(rgb, rgb.length), width, height, 3 * width, 3,
				BGR_OFFSETS, null);
		whiteOutsideFilledBoxes(rgb, width, height, scene, fitted);
		paint(new BufferedImage(BGR, raster, false, null), swapped, scene, fitted, rgb);
		return PngFile.of(rgb, width, height, dotsPerInch(fitted), deflater);
	}

	/** The scene at the scale, or at the largest scale below it that keeps it within the limits, in pixels of its own. */
	public BufferedImage rasterise(Scene scene, double scale) {
		double fitted = fittedScale(scene.width(), scene.height(), scale);
		BufferedImage image = new BufferedImage(width(scene, fitted), height(scene, fitted), BufferedImage.TYPE_INT_RGB);
		paint(image, painter, scene, fitted, null);
		return image;
	}

	private static int width(Scene scene, double scale) {
		return Math.max(1, (int) Math.ceil(scene.width() * scale));
	}

	private static int height(Scene scene, double scale) {
		return Math.max(1, (int) Math.ceil(scene.height() * scale));
	}

	/**
	 * Paints the scene over a white picture; bytes, when given, are the picture's, three a pixel, made
	 * white already where the scene does not paint every pixel over ({@link #whiteOutsideFilledBoxes}).
	 */
	private static void paint(BufferedImage image, ScenePainter painter, Scene scene, double scale, byte[] bytes) {
		Graphics2D g = image.createGraphics();
		try {
			hint(g);
			if (bytes == null) {
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, image.getWidth(), image.getHeight());
			}
			g.scale(scale, scale);
			painter.paint(scene, g, bytes == null ? null : new ScenePainter.Pixels(bytes, image.getWidth(), image.getHeight(), scale));
		} finally {
			g.dispose();
		}
	}

	/** Antialiased shapes and text, fractional glyph advances, strokes where the geometry puts them. */
	static void hint(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
	}

	/**
	 * Makes white every pixel of the picture (the last partial row and column too: they hold the
	 * previous picture otherwise) but those inside a square box's fill, which paints them over
	 * whatever is there: lanes, cells and stages cover most of a diagram, and making their pixels
	 * white first was a tenth of a picture's time. The pixels counted inside stay a pixel clear of
	 * the fill's edges, which Marlin antialiases.
	 */
	private void whiteOutsideFilledBoxes(byte[] bytes, int width, int height, Scene scene, double scale) {
		List<int[]> boxes = new ArrayList<>();
		filledInsides(scene.shapes(), scale, width, height, boxes);
		int[][] inside = boxes.toArray(new int[0][]); // looped over per row: no iterator each time
		if (white == null || white.length < 3 * width) {
			white = new byte[3 * width];
			Arrays.fill(white, (byte) 0xff);
		}
		int[] starts = new int[inside.length], ends = new int[inside.length];
		for (int y = 0; y < height; y++) {
			int spans = 0;
			for (int i = 0; i < inside.length; i++) {
				int[] box = inside[i];
				if (box[1] <= y && y < box[3]) { // in the order of their left sides, each put in its place
					int at = spans++;
					while (at > 0 && starts[at - 1] > box[0]) {
						starts[at] = starts[at - 1];
						ends[at] = ends[at - 1];
						at--;
					}
					starts[at] = box[0];
					ends[at] = box[2];
				}
			}
			int x = 0, row = 3 * y * width;
			for (int span = 0; span < spans; span++) {
				if (starts[span] > x) {
					System.arraycopy(white, 0, bytes, row + 3 * x, 3 * (starts[span] - x));
				}
				x = Math.max(x, ends[span]);
			}
			if (x < width) {
				System.arraycopy(white, 0, bytes, row + 3 * x, 3 * (width - x));
			}
		}
	}

	/** The pixels (left, top, right, bottom, the last two excluded) each filled square box covers wholly. */
	private static void filledInsides(List<Shape> shapes, double scale, int width, int height, List<int[]> inside) {
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Group group) {
				filledInsides(group.children(), scale, width, height, inside);
			} else if (shape instanceof Shape.Box box && box.cornerRadius() <= 0 && Paint.of(box.style()).fill() != null) {
				Rect r = box.bounds(); // the device sides as Java2D computes them: the corners' coordinates times the scale
				int left = Math.max(0, (int) Math.ceil(r.x() * scale) + 1), top = Math.max(0, (int) Math.ceil(r.y() * scale) + 1);
				int right = Math.min(width, (int) Math.floor((r.x() + r.width()) * scale) - 1);
				int bottom = Math.min(height, (int) Math.floor((r.y() + r.height()) * scale) - 1);
				if (left < right && top < bottom) {
					inside.add(new int[] { left, top, right, bottom });
				}
			}
		}
	}

	/** This renderer's pixel bytes when they are enough, enlarged up to REUSED_PIXELS; new ones past it. */
	private byte[] pixels(long bytes) {
		if (bytes > 3L * REUSED_PIXELS) {
			return new byte[Math.toIntExact(bytes)];
		}
		if (reused == null || reused.length < bytes) {
			reused = new byte[(int) bytes];
		}
		return reused;
	}

	/** The scale, lowered as far as needed for the longer side to stay within SHARP_SIDE, but not below MIN_SCALE. */
	public static double fittedScale(double width, double height, double scale) {
		double fitted = Math.min(scale, SHARP_SIDE / Math.max(Math.max(width, height), 1));
		return Math.max(fitted, Math.min(scale, MIN_SCALE));
	}

	private static int dotsPerInch(double scale) {
		return (int) Math.round(CSS_DPI * scale);
	}

	/** The PNG file of a picture drawn at one pixel per unit, as the product writes it. */
	public static byte[] encode(BufferedImage image) {
		return encode(image, 1);
	}

	/** The PNG file of a picture drawn at the scale, which it records (96 dpi times the scale), as the product writes it. */
	public static byte[] encode(BufferedImage image, double scale) {
		int width = image.getWidth(), height = image.getHeight();
		byte[] rgb = new byte[Math.toIntExact(3L * width * height)];
		int[] row = new int[width];
		for (int y = 0, at = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int pixel : row) {
				rgb[at++] = (byte) (pixel >> 16);
				rgb[at++] = (byte) (pixel >> 8);
				rgb[at++] = (byte) pixel;
			}
		}
		return PngFile.of(rgb, width, height, dotsPerInch(scale));
	}

	/** The PNG file of a picture as the JDK's ImageIO writes it at a deflate level from 0 to 9 (for comparison). */
	public static byte[] encodeWithImageIo(BufferedImage image, int level) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(1f - level / 9f); // the JDK's writer takes level 9 - round(9 * quality)
			writer.write(null, new IIOImage(image, null, null), param);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			writer.dispose();
		}
		return png.toByteArray();
	}
}
