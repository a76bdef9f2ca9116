package org.svcworkbench.svc.diagram.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

/** PNG from the SVG text, rasterised by JSVG (not redrawn), at a scale (2 = two pixels per unit). */
public final class PngRenderer {

	public static final double DEFAULT_SCALE = 2;

	public byte[] render(String svg, double scale) {
		SVGDocument document = load(svg);
		FloatSize size = document.size();
		int width = (int) Math.ceil(size.width * scale), height = (int) Math.ceil(size.height * scale);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			document.render(null, g);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
