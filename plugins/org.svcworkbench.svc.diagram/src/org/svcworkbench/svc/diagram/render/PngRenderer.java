package org.svcworkbench.svc.diagram.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.pngencoder.PngEncoder;

/**
 * PNG from the SVG text, rasterised by JSVG (not redrawn), at a scale (2 = two pixels per unit).
 * A very wide diagram is drawn at a smaller scale so that its picture stays within
 * {@value #MAX_SIDE} pixels a side and {@value #MAX_PIXELS} pixels in all, but never below one
 * pixel per unit ({@value #MIN_SCALE}): text keeps the size it has in the SVG, so a 200-step
 * blueprint is wider than the limit rather than unreadable. The PNG is written by pngencoder at deflate level {@value #DEFLATE_LEVEL}, on the
 * calling thread (documentation runs make several pictures at once): PngEncodingBenchmark measured
 * it three to four times faster than ImageIO's writer at its default level, for files about a
 * third larger, and twice as fast as ImageIO at the same level for files of the same size.
 */
public final class PngRenderer {

	public static final double DEFAULT_SCALE = 2;
	public static final int MAX_SIDE = 12_000;
	public static final int MAX_PIXELS = 16_000_000;
	public static final int DEFLATE_LEVEL = 1;
	public static final double MIN_SCALE = 1;

	public byte[] render(String svg, double scale) {
		return encode(rasterise(svg, scale));
	}

	/** The picture at the scale, or at the largest scale below it that keeps it within the limits. */
	public BufferedImage rasterise(String svg, double scale) {
		SVGDocument document = load(svg);
		FloatSize size = document.size();
		double fitted = fittedScale(size.width, size.height, scale);
		int width = Math.max(1, (int) Math.ceil(size.width * fitted)), height = Math.max(1, (int) Math.ceil(size.height * fitted));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(fitted, fitted);
			document.render(null, g);
		} finally {
			g.dispose();
		}
		return image;
	}

	/** The scale, lowered as far as needed to stay within MAX_SIDE and MAX_PIXELS, but not below MIN_SCALE. */
	public static double fittedScale(double width, double height, double scale) {
		double fitted = scale;
		fitted = Math.min(fitted, MAX_SIDE / Math.max(width, 1));
		fitted = Math.min(fitted, MAX_SIDE / Math.max(height, 1));
		fitted = Math.min(fitted, Math.sqrt(MAX_PIXELS / Math.max(width * height, 1)));
		return Math.max(fitted, Math.min(scale, MIN_SCALE));
	}

	/** The PNG file of a picture, as the product writes it. */
	public static byte[] encode(BufferedImage image) {
		return new PngEncoder().withBufferedImage(image).withCompressionLevel(DEFLATE_LEVEL)
				.withMultiThreadedCompressionEnabled(false).toBytes();
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

	/** Parses SVG text with JSVG; fails with a message when it is not a drawable SVG. */
	public static SVGDocument load(String svg) {
		SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
				LoaderContext.createDefault());
		if (document == null) {
			throw new IllegalArgumentException("JSVG could not read the SVG");
		}
		return document;
	}
}
