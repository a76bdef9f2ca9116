package org.svcworkbench.svc.diagram.tests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

/** A second, independent reader of our SVG (JSVG, tests only): does the SVG text draw what the PNG shows? */
final class Jsvg {
	private Jsvg() {
	}

	/** The parsed document, or null when JSVG cannot read the text as SVG. */
	static SVGDocument load(String svg) {
		return new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, LoaderContext.createDefault());
	}

	/** The SVG rasterised by JSVG at one pixel per unit, on white. */
	static BufferedImage rasterise(String svg) {
		SVGDocument document = load(svg);
		var size = document.size();
		BufferedImage image = new BufferedImage((int) Math.ceil(size.width), (int) Math.ceil(size.height), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			document.render(null, g);
		} finally {
			g.dispose();
		}
		return image;
	}
}
