package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * The product compresses its PNGs with a deflater of its own, made for diagrams. Whatever the
 * pixels (noise, which is nearly all literals over many blocks; runs of every length around
 * deflate's longest match; rows wider than deflate's window; one pixel; antialiased text; two
 * hundred random pictures that mix these), the file must hold exactly them: zlib (the JDK's
 * Inflater) reads the stream to its end, checksum included, and ImageIO gives back every pixel. And on the example diagrams the files are no
 * larger than the JDK's PNG writer makes them at zlib's fastest level.
 */
class PngCompressionTest {

	@Test
	void noiseAndRepeatedNoiseComeBackPixelForPixel() throws Exception {
		Random random = new Random(19);
		BufferedImage noise = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < noise.getHeight(); y++) {
			for (int x = 0; x < noise.getWidth(); x++) {
				noise.setRGB(x, y, random.nextInt(1 << 24));
			}
		}
		assertRoundTrip(noise, "noise");
		// Tiles of noise repeated at odd offsets: repeats neither left nor above, found by the hash.
		BufferedImage tiles = new BufferedImage(517, 300, BufferedImage.TYPE_INT_RGB);
		int[] tile = new int[37 * 11];
		for (int i = 0; i < tile.length; i++) {
			tile[i] = random.nextInt(1 << 24);
		}
		for (int y = 0; y < tiles.getHeight(); y++) {
			for (int x = 0; x < tiles.getWidth(); x++) {
				tiles.setRGB(x, y, random.nextInt(50) == 0 ? random.nextInt(1 << 24) : tile[(x + 3 * y) % 37 + 37 * (y % 11)]);
			}
		}
		assertRoundTrip(tiles, "tiles");
	}

	@Test
	void runsOfEveryLengthAroundTheLongestMatchComeBack() throws Exception {
		// A row of one colour repeats its first pixel for 3 × width - 3 bytes: 249 to 276 bytes and
		// 510 to 528 bytes here, across deflate's longest match of 258 and twice it.
		for (int width : new int[] { 1, 2, 3, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 170, 171, 172, 173, 174, 175, 176 }) {
			for (int height = 1; height <= 3; height++) {
				BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
				for (int y = 0; y < height; y++) {
					for (int x = 0; x < width; x++) {
						image.setRGB(x, y, y == 1 && x == width / 2 ? 0x123456 : 0x3366cc + y);
					}
				}
				assertRoundTrip(image, width + "x" + height);
			}
		}
	}

	@Test
	void twoHundredRandomPicturesOfMixedKindsComeBack() throws Exception {
		// Sizes from one pixel up, and content that switches between the deflater's cases inside a
		// picture: flat colour, stripes repeating the row above, noise, and copies of earlier parts.
		Random random = new Random(2026);
		for (int picture = 0; picture < 200; picture++) {
			int width = 1 + random.nextInt(picture % 10 == 0 ? 1_500 : 120), height = 1 + random.nextInt(90);
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			int colour = random.nextInt(1 << 24);
			for (int y = 0; y < height; y++) {
				int kind = random.nextInt(4);
				for (int x = 0; x < width; x++) {
					int pixel = switch (kind) {
						case 0 -> colour;
						case 1 -> y > 0 && random.nextInt(8) > 0 ? image.getRGB(x, y - 1) & 0xffffff : random.nextInt(1 << 24);
						case 2 -> random.nextInt(1 << (1 + random.nextInt(24)));
						default -> x >= 7 ? image.getRGB(x - 7, y) & 0xffffff : colour ^ x;
					};
					image.setRGB(x, y, pixel);
				}
				if (random.nextInt(5) == 0) {
					colour = random.nextInt(1 << 24);
				}
			}
			assertRoundTrip(image, "picture " + picture + " (" + width + "x" + height + ")");
		}
	}

	@Test
	void longChainsOfRowsThatDifferFromTheRowAboveInAFewPixelsComeBack() throws Exception {
		// Like text lines and slanted edges: each row is the row above but for a few pixels, so its
		// checksum is made from the row above's, corrected, for hundreds of rows in a row; now and
		// then a row that differs too much to be made so, or a row wholly the same as the one above.
		Random random = new Random(11);
		for (int width : new int[] { 1, 2, 5, 64, 333, 2_000 }) {
			BufferedImage image = new BufferedImage(width, 400, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < width; x++) {
				image.setRGB(x, 0, random.nextInt(1 << 24));
			}
			for (int y = 1; y < image.getHeight(); y++) {
				boolean manyChange = random.nextInt(40) == 0, noneChange = random.nextInt(10) == 0;
				for (int x = 0; x < width; x++) {
					int above = image.getRGB(x, y - 1) & 0xffffff;
					boolean change = !noneChange && random.nextInt(manyChange ? 2 : 30) == 0;
					image.setRGB(x, y, change ? random.nextInt(1 << 24) : above);
				}
			}
			assertRoundTrip(image, "chain " + width);
		}
	}

	@Test
	void rowsWiderThanDeflatesWindowComeBack() throws Exception {
		// 11,000 pixels are 33,000 bytes a row: the row above is out of reach (32 KB back at most).
		BufferedImage wide = new BufferedImage(11_000, 6, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < wide.getHeight(); y++) {
			for (int x = 0; x < wide.getWidth(); x++) {
				wide.setRGB(x, y, x % 1000 < 500 ? 0xffffff : x % 7 == 0 ? random.nextInt(1 << 24) : 0x00ff00);
			}
		}
		assertRoundTrip(wide, "wide");
	}

	@Test
	void antialiasedTextInManyColoursComesBack() throws Exception {
		BufferedImage text = new BufferedImage(900, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = text.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 900, 400);
		for (int i = 0; i < 40; i++) {
			g.setColor(new Color(i * 6, 255 - i * 5, i * 3));
			g.setFont(new Font(Font.SANS_SERIF, i % 3 == 0 ? Font.BOLD : Font.PLAIN, 9 + i % 11));
			g.drawString("Service blueprint 服务蓝图 " + i, 7 + i * 13 % 300, 12 + i * 9.7f);
			g.drawLine(i * 20, 0, 900 - i * 7, 400);
		}
		g.dispose();
		assertRoundTrip(text, "text");
	}

	@Test
	void exampleDiagramsAreNoLargerThanTheJdksPngWriterMakesThemAtZlibsFastestLevel() throws Exception {
		ServiceDiagrams drawer = new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.ZH);
		PngRenderer renderer = new PngRenderer();
		long ours = 0, zlib = 0;
		for (var example : DiagramModels.exampleServices()) {
			for (Drawn drawn : drawer.draw(example.service(), List.of(Kind.values()))) {
				BufferedImage image = renderer.rasterise(drawn.scene(), PngRenderer.DEFAULT_SCALE);
				byte[] file = PngRenderer.encode(image, PngRenderer.DEFAULT_SCALE);
				assertRoundTrip(image, example + " " + drawn.kind());
				ours += file.length;
				zlib += PngRenderer.encodeWithImageIo(image, 1).length;
			}
		}
		assertTrue(ours <= zlib, "the example diagrams' PNGs take " + ours + " bytes; zlib's level 1 makes " + zlib + " of their rows");
	}

	/** The file's stream read to its end by zlib (which checks it), and its pixels as ImageIO reads them. */
	private static void assertRoundTrip(BufferedImage image, String what) throws Exception {
		byte[] file = PngRenderer.encode(image);
		int width = image.getWidth(), height = image.getHeight();
		byte[] rows = inflate(idat(file));
		assertEquals((long) height * (1 + 3 * width), rows.length, what + ": a filter byte and three bytes a pixel per row");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file));
		assertEquals(width + "x" + height, decoded.getWidth() + "x" + decoded.getHeight(), what);
		assertArrayEquals(image.getRGB(0, 0, width, height, null, 0, width), decoded.getRGB(0, 0, width, height, null, 0, width), what);
	}

	/** The data of the file's IDAT chunks, one after the other. */
	private static byte[] idat(byte[] file) {
		ByteBuffer chunks = ByteBuffer.wrap(file, 8, file.length - 8);
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		while (chunks.hasRemaining()) {
			int length = chunks.getInt();
			byte[] type = new byte[4];
			chunks.get(type);
			if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
				data.write(file, chunks.position(), length);
			}
			chunks.position(chunks.position() + length + 4);
		}
		return data.toByteArray();
	}

	private static byte[] inflate(byte[] stream) throws DataFormatException {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(stream);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[1 << 16];
			while (!inflater.finished()) {
				int inflated = inflater.inflate(buffer);
				assertTrue(inflated > 0 || !inflater.needsInput(), "the stream ends before its last block");
				out.write(buffer, 0, inflated);
			}
			assertEquals(0, inflater.getRemaining(), "nothing after the stream's checksum");
			return out.toByteArray();
		} finally {
			inflater.end();
		}
	}
}
