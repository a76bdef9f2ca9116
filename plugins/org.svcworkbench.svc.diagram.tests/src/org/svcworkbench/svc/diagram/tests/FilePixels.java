package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.scene.Scene;

/** The PNG file a renderer writes against the pixels Java2D alone paints for the same scene. */
final class FilePixels {
	private FilePixels() {
	}

	/** The renderer's next file of the scene, read back, holds exactly the pixels Java2D paints at the scale. */
	static void assertTheFileHoldsJavaTwoDsPixels(PngRenderer renderer, Scene scene, double scale) throws IOException {
		BufferedImage painted = renderer.rasterise(scene, scale);
		BufferedImage file = ImageIO.read(new ByteArrayInputStream(renderer.render(scene, scale)));
		int width = painted.getWidth(), height = painted.getHeight();
		assertArrayEquals(painted.getRGB(0, 0, width, height, null, 0, width), file.getRGB(0, 0, width, height, null, 0, width),
				"scale " + scale);
	}
}
