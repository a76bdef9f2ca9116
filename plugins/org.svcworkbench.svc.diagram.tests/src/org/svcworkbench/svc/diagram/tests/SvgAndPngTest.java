package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Service;
import org.w3c.dom.Document;

/** The SVG is well-formed, self-contained, escaped and stable; the PNG is painted from the same scene with real glyphs. */
class SvgAndPngTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private final ServiceDiagrams diagrams = new ServiceDiagrams(FONT, DiagramLanguage.ZH);

	private static final String HOSTILE = """
			channel c "<img src=x> & 'c'" role r "</title><script>r</script>"
			segment seg "<seg> </text><script>s</script> \u0004" { customers few margin high relationship basic because "<why>" }
			service S "</text><script>alert(1)</script> & \\"q\\" 'a'" {
			  blueprint b "蓝图 <b>" {
			    step one "顾客到店 </text><script>x</script>" customer
			    step two "接待 & 问候 \u0001" onstage by r
			    flow one -> two "下一步 <&>"
			  }
			  journey {
			    stage before "<stage> & ]]>" {
			      factor f "<factor>&amp;"
			      group "<group>" { touchpoint t "旅程 </text><script>y</script>" { channel c owner r expects "<&>\u0002" rating 5 } }
			    }
			  }
			  matrix m "<matrix>" {
			    stages s1 "<s1>", s2 "s2 & co"
			    providers c
			    cell s1 at c "矩阵 </text><script>z</script>" reinforces s2 at c
			    cell s2 at c "<&>"
			  }
			  swot {
			    strength s1 "<str> </text><script>w</script> \u0005"
			    strategy st SO "<st>" uses s1
			    opportunity o1 "<opp> </text><script>o</script> \u0006" attractiveness high success low
			  }
			  loyalty {
			    indicator competitor-attitude "<l> </text> <script>l</script> \u0007" for seg
			  }
			  quality {
			    dimension empathy desired 6 adequate 4 perceived 3 "关怀 </text><script>q</script> \u0003"
			  }
			}
			""";

	private String svg(String model) {
		return svg(model, Kind.BLUEPRINT);
	}

	private String svg(String model, Kind kind) {
		return diagrams.svg(scene(model, kind));
	}

	private Scene scene(String model) {
		return scene(model, Kind.BLUEPRINT);
	}

	private Scene scene(String model, Kind kind) {
		Service service = DiagramModels.parse(model);
		List<Drawn> drawn = diagrams.draw(service, List.of(kind));
		assertEquals(1, drawn.size());
		return drawn.get(0).scene();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void hostileLabelsAreTextInTheSvg(Kind kind) throws Exception {
		String svg = svg(HOSTILE, kind);
		Document document = parse(svg);
		assertEquals("svg", document.getDocumentElement().getTagName());
		assertEquals(0, document.getElementsByTagName("script").getLength(), "no script element");
		assertEquals(0, document.getElementsByTagName("img").getLength(), "no img element");
		assertFalse(svg.contains("<script>") || svg.contains("<img") || svg.contains("<stage>") || svg.contains("]]>"));
		String escaped = switch (kind) {
		case BLUEPRINT -> "顾客到店 &lt;/text&gt;&lt;script&gt;x&lt;/script&gt;";
		case JOURNEY -> "旅程 &lt;/text&gt;&lt;script&gt;y&lt;/script&gt;";
		case MATRIX -> "矩阵 &lt;/text&gt;&lt;script&gt;z&lt;/script&gt;";
		case SERVQUAL -> "关怀 &lt;/text&gt;&lt;script&gt;q&lt;/script&gt;";
		case RELATIONSHIPS -> "&lt;seg&gt; &lt;/text&gt;&lt;script&gt;s&lt;/script&gt;";
		case SWOT -> "&lt;/text&gt;&lt;script&gt;w&lt;/script&gt;";
		case OPPORTUNITY_THREAT -> "&lt;/text&gt;&lt;script&gt;o&lt;/script&gt;";
		case LOYALTY -> "&lt;script&gt;l&lt;/script&gt;";
		};
		assertTrue(svg.contains(escaped), "label kept as escaped text: " + escaped);
		if (kind != Kind.MATRIX) {
			assertTrue(svg.contains("\uFFFD"), "control character replaced");
		}
		assertFalse(svg.contains("xlink:href") || svg.contains(" href="), "no external references");
		assertTrue(document.getElementsByTagName("title").getLength() >= 3, "a title for the diagram and for each element");
		assertEquals(List.of(), Svg11Dtd.errors(svg), "valid SVG 1.1");
		assertNotNull(Jsvg.load(svg), "JSVG reads it");
	}

	@Test
	void theDtdCheckFindsInvalidSvg() throws Exception {
		String svg = svg(DiagramModels.syntheticBlueprint(10, 3));
		assertEquals(List.of(), Svg11Dtd.errors(svg));
		String invalid = svg.replaceFirst("<rect ", "<rect rounded=\"yes\" ").replaceFirst("<title>", "<blink/><title>");
		String errors = String.join("\n", Svg11Dtd.errors(invalid));
		assertTrue(errors.contains("\"blink\" must be declared") && errors.contains("\"rounded\" must be declared"), errors);
	}

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void everyExampleDiagramIsValidSvg11AndStable(DiagramLanguage language) throws Exception {
		ServiceDiagrams drawer = new ServiceDiagrams(FONT, language);
		int checked = 0;
		for (var example : DiagramModels.exampleServices()) {
			for (Drawn drawn : drawer.draw(example.service(), List.of(Kind.values()))) {
				String svg = drawer.svg(drawn.scene());
				assertEquals(List.of(), Svg11Dtd.errors(svg), example + " " + drawn.kind() + " " + drawn.name());
				Drawn again = drawer.draw(example.service(), List.of(drawn.kind())).stream()
						.filter(d -> java.util.Objects.equals(d.name(), drawn.name())).findFirst().orElseThrow();
				assertEquals(svg, drawer.svg(again.scene()), "same model, same SVG: " + example + " " + drawn.kind());
				assertNotNull(Jsvg.load(svg), "JSVG reads " + example + " " + drawn.kind());
				checked++;
			}
		}
		assertTrue(checked >= 10, "every example's blueprints, journeys and matrices: " + checked);
	}

	@Test
	void sameModelSameBytes() {
		String model = DiagramModels.syntheticBlueprint(50, 7);
		assertEquals(svg(model), svg(model));
	}

	@Test
	void aVeryWideBlueprintIsDrawnSmallerWithinThePixelLimitsButNeverSmallerThanItsSvgAndTheFastPngLosesNoPixel() throws IOException {
		assertEquals(2, PngRenderer.fittedScale(1_000, 600, 2), "small diagrams at twice their size");
		assertEquals(2_560 / 1_548.0, PngRenderer.fittedScale(1_548, 581, 2), 1e-9, "a wide blueprint as wide as a wide screen");
		assertEquals(2_560 / 2_000.0, PngRenderer.fittedScale(800, 2_000, 2), 1e-9, "a tall matrix as tall as a wide screen is wide");
		assertEquals(1, PngRenderer.fittedScale(7_310, 500, 2), "a 50-step blueprint at one pixel per unit");
		assertEquals(1, PngRenderer.fittedScale(48_000, 1_000, 2), "never below one pixel per unit");
		assertEquals(0.5, PngRenderer.fittedScale(1_000, 600, 0.5), "a scale asked below one is kept");
		Scene widest = scene(DiagramModels.syntheticBlueprint(200, 7));
		BufferedImage readable = new PngRenderer().rasterise(widest, 2);
		assertEquals(Math.ceil(widest.width()), readable.getWidth(), "past the limit even at one pixel per unit: text keeps its SVG size");
		BufferedImage small = new PngRenderer().rasterise(scene(DiagramModels.syntheticBlueprint(5, 7)), 2);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngRenderer.encode(small)));
		assertArrayEquals(small.getRGB(0, 0, small.getWidth(), small.getHeight(), null, 0, small.getWidth()),
				decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth()), "the fast PNG loses no pixel");
	}

	@Test
	void everyExampleDiagramsPngFileHoldsExactlyThePixelsPaintedForIt() throws IOException {
		// The file is painted with red and blue swapped into blue-green-red bytes: a colour the
		// painter forgets to swap, or a surface that blends otherwise, shows here.
		PngRenderer renderer = new PngRenderer();
		int compared = 0;
		for (var example : DiagramModels.exampleServices()) {
			for (Drawn drawn : diagrams.draw(example.service(), List.of(Kind.values()))) {
				BufferedImage painted = renderer.rasterise(drawn.scene(), PngRenderer.DEFAULT_SCALE);
				BufferedImage file = ImageIO.read(new ByteArrayInputStream(renderer.render(drawn.scene(), PngRenderer.DEFAULT_SCALE)));
				int width = painted.getWidth(), height = painted.getHeight();
				assertEquals(width + "x" + height, file.getWidth() + "x" + file.getHeight(), example + " " + drawn.kind());
				assertArrayEquals(painted.getRGB(0, 0, width, height, null, 0, width), file.getRGB(0, 0, width, height, null, 0, width),
						example + " " + drawn.kind() + " " + drawn.name());
				compared++;
			}
		}
		assertTrue(compared >= 10, "compared " + compared);
	}

	@Test
	void theFileHoldsThePaintedPixelsAtAnyScale() throws IOException {
		// The file's pixels are made white in its bytes before the scene is painted over them; the
		// picture painted by Java2D alone must be the same, pixel for pixel, to the last partial row
		// and column, whatever the scale.
		Scene scene = scene(DiagramModels.syntheticBlueprint(4, 6));
		PngRenderer renderer = new PngRenderer();
		for (double scale : new double[] { 1, 1.37, 1.5, 2, 2.71, 3 }) {
			BufferedImage painted = renderer.rasterise(scene, scale);
			BufferedImage file = ImageIO.read(new ByteArrayInputStream(renderer.render(scene, scale)));
			int width = painted.getWidth(), height = painted.getHeight();
			assertEquals(width + "x" + height, file.getWidth() + "x" + file.getHeight());
			assertArrayEquals(painted.getRGB(0, 0, width, height, null, 0, width), file.getRGB(0, 0, width, height, null, 0, width),
					"scale " + scale);
		}
	}

	@Test
	void thePngFileIsWellFormedForStrictReaders() throws Exception {
		// ImageIO does not check chunk CRCs; libpng, browsers and office tools do. The pixels the
		// rows hold are checked against the painted ones in everyExampleDiagramsPngFileHolds...
		Scene scene = scene(DiagramModels.syntheticBlueprint(5, 7));
		byte[] png = new PngRenderer().render(scene, 2);
		ByteBuffer file = ByteBuffer.wrap(png);
		byte[] signature = new byte[8];
		file.get(signature);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, signature);
		List<String> chunks = new java.util.ArrayList<>();
		java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
		int width = 0, height = 0;
		while (file.hasRemaining()) {
			int length = file.getInt();
			byte[] typeAndData = new byte[4 + length];
			file.get(typeAndData);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(typeAndData);
			String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
			assertEquals(crc.getValue(), Integer.toUnsignedLong(file.getInt()), "the CRC of " + type);
			ByteBuffer data = ByteBuffer.wrap(typeAndData, 4, length);
			switch (type) {
			case "IHDR" -> {
				width = data.getInt();
				height = data.getInt();
				assertArrayEquals(new byte[] { 8, 2, 0, 0, 0 }, Arrays.copyOfRange(typeAndData, 12, 17), "8-bit RGB, deflate, no interlace");
			}
			case "pHYs" -> {
				assertEquals(7_559, data.getInt(), "192 dpi across, in pixels per metre");
				assertEquals(7_559, data.getInt(), "192 dpi down");
				assertEquals(1, data.get(), "the unit is the metre");
			}
			case "IDAT" -> deflated.write(typeAndData, 4, length);
			default -> assertEquals(0, length, type);
			}
			chunks.add(type);
		}
		assertEquals(List.of("IHDR", "pHYs", "IDAT", "IEND"), chunks);
		assertEquals(Math.ceil(scene.width() * 2), width);
		byte[] rows = new java.util.zip.InflaterInputStream(new ByteArrayInputStream(deflated.toByteArray())).readAllBytes();
		assertEquals((long) height * (1 + 3 * width), rows.length, "a filter byte and three bytes a pixel per row");
		for (int y = 0; y < height; y++) {
			assertEquals(0, rows[y * (1 + 3 * width)], "row " + y + " is unfiltered");
		}
	}

	@Test
	void chineseLabelsAreTextAndDrawnAsGlyphs() throws IOException {
		String model = "service 售后 \"汽车售后\" { blueprint 接待 \"接待流程\" { step 迎接 \"迎接客户\" onstage } }";
		Service service = DiagramModels.parse(model);
		Blueprint blueprint = (Blueprint) service.getMembers().get(0);
		LaidOutBlueprint laidOut = diagrams.layOut(service, blueprint);
		String svg = svg(model);
		assertTrue(svg.contains(">迎接客户</text>"), "Chinese kept as searchable text");
		byte[] png = diagrams.png(scene(model), 2);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(Math.ceil(laidOut.width() * 2), image.getWidth());
		assertEquals(Math.ceil(laidOut.height() * 2), image.getHeight());
		var label = laidOut.box("step-迎接").label().bounds();
		assertTrue(inkInside(image, label, 2) > 0.05, "glyphs are drawn inside the label's box");
		assertEquals("", FONT.missingGlyphs("迎接客户"),
				"the diagram font " + FONT.family() + " draws Chinese: install " + DiagramFont.FONT_PACKAGE);
	}

	@Test
	void aFontWithoutChineseGlyphsIsDetected() {
		// DejaVu Sans (fonts-dejavu-core, installed by .ci/run) has no CJK glyphs.
		DiagramFont latinOnly = DiagramFont.of("DejaVu Sans");
		assertFalse(latinOnly.missingGlyphs("迎接客户").isEmpty(), "a Latin-only font is reported as missing the glyphs");
		assertEquals("", latinOnly.missingGlyphs("Welcome"));
	}

	/** Share of pixels inside the box (in image pixels) that are darker than the step's fill. */
	private static double inkInside(BufferedImage image, org.svcworkbench.svc.diagram.scene.Rect box, double scale) {
		int dark = 0, all = 0;
		for (int y = (int) (box.y() * scale); y < (int) (box.bottom() * scale); y++) {
			for (int x = (int) (box.x() * scale); x < (int) (box.right() * scale); x++) {
				int rgb = image.getRGB(x, y);
				int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
				all++;
				if (luminance < 160) {
					dark++;
				}
			}
		}
		return all == 0 ? 0 : (double) dark / all;
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void pngIsStable() {
		Scene scene = scene(DiagramModels.syntheticBlueprint(10, 3));
		assertArrayEquals(diagrams.png(scene, 2), diagrams.png(scene(DiagramModels.syntheticBlueprint(10, 3)), 2));
	}

	@Test
	void aRendererThatReusesItsPixelsDrawsEachPictureAsAFreshOneDoes() {
		Scene wide = scene(DiagramModels.syntheticBlueprint(10, 3)), small = scene(DiagramModels.syntheticBlueprint(3, 2));
		PngRenderer reusing = new PngRenderer();
		byte[] first = reusing.render(wide, 2), second = reusing.render(small, 2), third = reusing.render(wide, 1);
		byte[] fourth = reusing.render(small, 1.37); // a partial last pixel column and row, over the wide one's pixels
		assertArrayEquals(new PngRenderer().render(wide, 2), first);
		assertArrayEquals(new PngRenderer().render(small, 2), second, "the smaller picture over the larger one's pixels");
		assertArrayEquals(new PngRenderer().render(wide, 1), third);
		assertArrayEquals(new PngRenderer().render(small, 1.37), fourth, "the partly covered last pixels too");
		assertArrayEquals(PngRenderer.encode(new PngRenderer().rasterise(small, 2), 2), second);
	}
}
