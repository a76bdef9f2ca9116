package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.cli.SvcCommandTest.examples;
import static org.svcworkbench.svc.cli.SvcCommandTest.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.generator.run.OutputFolder;
import org.svcworkbench.svc.generator.view.FileNames;
import org.svcworkbench.svc.cli.SvcCommandTest.Run;

/** svc generate as a pipeline sees it: the files it writes, where, and its exit codes. */
class GenerateCommandTest {

	@Test
	void theExamplesGetAllThreeDiagramsInBothLanguages(@TempDir Path out) throws IOException {
		for (String lang : List.of("en", "zh")) {
			Path dir = out.resolve(lang);
			Run run = run("generate", examples().toString(), "-o", dir.toString(), "--format", "svg,png", "--lang", lang);
			assertEquals(0, run.exitCode(), run.err());
			List<String> files = files(dir);
			for (String expected : List.of("Cafe/blueprint-stay.svg", "Cafe/blueprint-grab.png", "Cafe/journey.svg", "Cafe/journey.png",
					"Cafe/matrix-channels.svg", "Stay/matrix-lifecycle.png", "Stay/journey.svg", "汽车售后服务/blueprint-业务接待.svg",
					"汽车售后服务/journey.png", "汽车售后服务/matrix-服务矩阵.svg", "Meetings/blueprint-conference.svg")) {
				assertTrue(files.contains(expected), expected + " in " + files);
			}
			assertEquals(List.of(lang.equals("en") ? "Wrote " + files.size() + " files for 4 services to " + dir + "."
					: "已为 4 个服务写入 " + files.size() + " 个文件，输出到 " + dir + "。"), run.out().lines().toList(), "in the language asked for");
			BufferedImage png = ImageIO.read(dir.resolve("Cafe/journey.png").toFile());
			assertEquals(2 * svgWidth(dir.resolve("Cafe/journey.svg")), png.getWidth(), 2, "drawn at twice the SVG's size");
			assertEquals(192, dotsPerInch(dir.resolve("Cafe/journey.png")), "and says so: 192 dpi, placed at the SVG's size in a document");
		}
		String zh = Files.readString(out.resolve("zh/Cafe/journey.svg"));
		assertTrue(zh.contains(">购买前</text>") && zh.contains(">很满意</text>"), "the journey's own words in Chinese");
		assertTrue(Files.readString(out.resolve("en/Cafe/journey.svg")).contains(">Before purchase</text>"));
	}

	@Test
	void pngScaleOneDrawsTheSvgsPixelsAndTheFileSaysItsScale(@TempDir Path out) throws IOException {
		Path cafe = examples().resolve("cafe");
		Run run = run("generate", cafe.toString(), "-o", out.toString(), "--format", "png,svg", "--diagram", "journey", "--png-scale", "1");
		assertEquals(0, run.exitCode(), run.err());
		BufferedImage png = ImageIO.read(out.resolve("Cafe/journey.png").toFile());
		assertEquals(svgWidth(out.resolve("Cafe/journey.svg")), png.getWidth(), 1, "one pixel per SVG unit");
		assertEquals(96, dotsPerInch(out.resolve("Cafe/journey.png")), "96 dpi: a document places it at the SVG's size");
		Run again = run("generate", cafe.toString(), "-o", out.toString(), "--format", "png,svg", "--diagram", "journey");
		assertEquals(0, again.exitCode(), again.err());
		assertEquals(192, dotsPerInch(out.resolve("Cafe/journey.png")), "another scale is another run, not an unchanged one: " + again.out());
		Run tooLarge = run("generate", cafe.toString(), "-o", out.toString(), "--format", "png", "--png-scale", "10");
		assertEquals(2, tooLarge.exitCode());
		assertTrue(tooLarge.err().contains("PNG scale 10.0 is out of range: use a number from 1"), tooLarge.err());
	}

	/** The width an SVG file declares, in its units. */
	private static double svgWidth(Path svg) throws IOException {
		Matcher width = Pattern.compile("<svg[^>]* width=\"([0-9.]+)\"").matcher(Files.readString(svg));
		assertTrue(width.find(), svg + " declares its width");
		return Double.parseDouble(width.group(1));
	}

	/** The horizontal resolution a PNG file records (its pHYs chunk, in pixels per metre), in dots per inch. */
	private static long dotsPerInch(Path png) throws IOException {
		byte[] bytes = Files.readAllBytes(png);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = text.indexOf("pHYs");
		assertTrue(at > 0 && bytes[at + 12] == 1, png + " records its resolution in pixels per metre");
		long perMetre = java.nio.ByteBuffer.wrap(bytes, at + 4, 4).getInt() & 0xffffffffL;
		return Math.round(perMetre * 0.0254);
	}

	/**
	 * The index pages and service pages of the examples as the command writes them are the reviewed
	 * golden copies the generator's tests keep (whose inline diagrams are reduced to their titles).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void theExamplesPagesAreTheGoldenOnes(String lang, @TempDir Path out) throws IOException {
		Run run = run("generate", examples().toString(), "-o", out.toString(), "--format", "html,md,checklists", "--lang", lang, "--date", "2026-03-02", "-q");
		assertEquals(0, run.exitCode(), run.err());
		Path golden = examples().getParent().resolve("plugins/org.svcworkbench.svc.generator.tests/testdata/golden").resolve(lang);
		List<String> pages;
		try (Stream<Path> files = Files.walk(golden)) {
			pages = files.filter(f -> f.getFileName().toString().matches("index\\.html|README\\.md")).map(f -> golden.relativize(f).toString()).sorted().toList();
		}
		assertEquals(10, pages.size(), "two indexes and four services' two pages: " + pages);
		for (String page : pages) {
			String written = Files.readString(out.resolve(page));
			assertEquals(Files.readString(golden.resolve(page)), page.endsWith(".html") ? INLINE_SVG.matcher(written).replaceAll(
					svg -> Matcher.quoteReplacement("<svg>" + TITLE.matcher(svg.group()).results().findFirst().map(t -> t.group()).orElse("") + "…</svg>"))
					: written, page + " in " + lang);
		}
	}

	private static final Pattern INLINE_SVG = Pattern.compile("(?s)<svg\\b.*?</svg>");
	private static final Pattern TITLE = Pattern.compile("(?s)<title>.*?</title>");

	/**
	 * A portfolio divided by region and then by shop: the index names each folder by its path below
	 * the folders' common ancestor, so two folders called "shop" read apart, and a folder that holds
	 * services of its own beside its subfolders goes by its own name.
	 */
	@Test
	void foldersOfTheSameNameInAPortfolioReadApartInTheIndex(@TempDir Path dir) throws IOException {
		Path portfolio = dir.resolve("portfolio");
		Files.createDirectories(portfolio.resolve("north/shop"));
		Files.createDirectories(portfolio.resolve("south/shop"));
		Files.writeString(portfolio.resolve("hq.svc"), "service Hq \"Head office\" {\n}\n", StandardCharsets.UTF_8);
		Files.writeString(portfolio.resolve("north/shop/s.svc"), "service North \"North shop\" {\n}\n", StandardCharsets.UTF_8);
		Files.writeString(portfolio.resolve("south/shop/s.svc"), "service South \"South shop\" {\n}\n", StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		Run run = run("generate", portfolio.toString(), "-o", out.toString(), "--format", "html,md");
		assertEquals(0, run.exitCode(), run.err());
		String index = Files.readString(out.resolve("index.html"));
		assertTrue(index.contains("3 services in 3 folders: <span><a href=\"#folder-portfolio\">portfolio</a> (1)</span>, <span><a href=\"#folder-north/shop\">north/shop</a> (1)</span>, "
				+ "<span><a href=\"#folder-south/shop\">south/shop</a> (1)</span></p>"), index);
		assertTrue(index.indexOf("<h3>north/shop</h3>") < index.indexOf("North shop") && index.indexOf("North shop") < index.indexOf("<h3>south/shop</h3>"),
				index);
		assertTrue(Files.readString(out.resolve("README.md")).contains("[north/shop](#northshop) (1), [south/shop](#southshop) (1)\n"));

		// A mistake in one of the two shops: the index says which.
		Files.writeString(portfolio.resolve("south/shop/s.svc"), "service South \"South shop\" {\n\tchannels nowhere\n}\n", StandardCharsets.UTF_8);
		Files.writeString(portfolio.resolve("north/shop/broken.svc"), "channel {\n", StandardCharsets.UTF_8);
		assertEquals(1, run("generate", portfolio.toString(), "-o", out.toString(), "--format", "html").exitCode());
		index = Files.readString(out.resolve("index.html"));
		assertTrue(index.contains("<li><strong>South</strong> — south/shop/s.svc, line 2</li>"), index);
		assertTrue(index.contains("<li>north/shop/broken.svc, line 1</li>"), index);
	}

	/**
	 * Folders named from unrelated places (a temporary folder and the build's, or /dev/shm) share only
	 * the file system's root: the index names each by the end of its path that tells it apart, not by
	 * its whole path from the root.
	 */
	@Test
	void foldersFromUnrelatedPlacesAreNamedByWhatTellsThemApart(@TempDir Path dir) throws IOException {
		Path here = dir.toAbsolutePath();
		java.util.Optional<Path> elsewhere = Stream.of(Path.of("target").toAbsolutePath(), Path.of("/dev/shm"), Path.of("/var/tmp"))
				.filter(base -> Files.isDirectory(base) && Files.isWritable(base) && !base.getName(0).equals(here.getName(0))).findFirst();
		Assumptions.assumeTrue(elsewhere.isPresent(), "no writable folder outside " + here.getRoot().resolve(here.getName(0)) + " to name");
		Path there = Files.createTempDirectory(elsewhere.get(), "svc-unrelated-");
		try {
			Path north = Files.createDirectories(here.resolve("north/shop")), south = Files.createDirectories(there.resolve("south/shop"));
			Path hotel = Files.createDirectories(there.resolve("hotel"));
			Files.writeString(north.resolve("s.svc"), "service North \"North shop\" {\n}\n", StandardCharsets.UTF_8);
			Files.writeString(south.resolve("s.svc"), "service South \"South shop\" {\n}\n", StandardCharsets.UTF_8);
			Files.writeString(hotel.resolve("h.svc"), "service Stay \"A stay\" {\n}\n", StandardCharsets.UTF_8);
			Path out = dir.resolve("out");
			Run run = run("generate", north.toString(), south.toString(), hotel.toString(), "-o", out.toString(), "--format", "html,md");
			assertEquals(0, run.exitCode(), run.err());
			String index = Files.readString(out.resolve("index.html"));
			assertTrue(index.contains("3 services in 3 folders: "), index);
			for (String folder : List.of("north/shop", "south/shop", "hotel")) { // in the order of their paths
				assertTrue(index.contains("<span><a href=\"#folder-" + folder + "\">" + folder + "</a> (1)</span>"), folder + ": " + index);
				assertTrue(index.contains("<h3>" + folder + "</h3>"), index);
			}
			assertTrue(Files.readString(out.resolve("Stay/index.html")).contains("<a href=\"../index.html#folder-hotel\">"));
			assertTrue(Files.readString(out.resolve("README.md")).contains("### <a id=\"folder-hotel\"></a>hotel\n"));
		} finally {
			try (Stream<Path> files = Files.walk(there)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	/**
	 * "All services" on a service's page goes back to its folder's part of the index, not to the top
	 * of a thousand rows; the folder's name makes the id, so when the run's folders change the names
	 * (north/shop beside south/shop), the pages of a folder whose files did not change follow too.
	 */
	@Test
	void aServicesPageLinksBackToItsFolderOnTheIndexAsTheRunsFoldersChange(@TempDir Path dir) throws IOException {
		Path portfolio = dir.resolve("portfolio");
		for (String shop : List.of("north/cafe", "north/shop", "south/shop")) {
			Files.createDirectories(portfolio.resolve(shop));
			String name = shop.replace("/", "_");
			Files.writeString(portfolio.resolve(shop).resolve("s.svc"), "service " + name + " \"" + shop + "\" {\n}\n", StandardCharsets.UTF_8);
		}
		Path out = dir.resolve("out"), full = dir.resolve("full");
		String north = portfolio.resolve("north/shop").toString(), cafe = portfolio.resolve("north/cafe").toString();

		assertEquals(0, run("generate", north, "-o", out.toString(), "--format", "html,md", "-q").exitCode());
		assertBackLinks(out, "north_shop", "folder-shop");
		assertTrue(Files.readString(out.resolve("index.html")).contains("<div class=\"table-wrap\" id=\"folder-shop\">"), "one folder's table has the id");

		assertEquals(0, run("generate", north, cafe, "-o", out.toString(), "--format", "html,md", "-q").exitCode());
		assertBackLinks(out, "north_shop", "folder-shop");
		assertBackLinks(out, "north_cafe", "folder-cafe");

		Run more = run("generate", north, cafe, portfolio.resolve("south/shop").toString(), "-o", out.toString(), "--format", "html,md");
		assertEquals(0, more.exitCode(), more.err());
		assertTrue(more.out().startsWith("Wrote ") && more.out().contains(" for 3 services"), "the unchanged folders' pages link elsewhere now: " + more.out());
		assertBackLinks(out, "north_shop", "folder-north/shop");
		assertBackLinks(out, "north_cafe", "folder-north/cafe");
		assertBackLinks(out, "south_shop", "folder-south/shop");
		assertEquals(0, run("generate", north, cafe, portfolio.resolve("south/shop").toString(), "-o", full.toString(), "--format", "html,md", "-q").exitCode());
		IncrementalGenerateTest.assertSameFiles(full, out);
	}

	/**
	 * A service without segments of its own takes a shared file's; when that file declares a service
	 * too, it takes every one of the folder's, and a rerun knows it, though no segment changed.
	 */
	@Test
	void aRerunFollowsWhichFilesLendTheirSegments(@TempDir Path dir) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("shop"));
		Files.writeString(folder.resolve("lib.svc"), "segment walkIns \"Walk-ins\" { customers many margin low }\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("x.svc"), "segment fleets \"Fleets\" { customers few margin high }\nservice X \"Fleet care\" { }\n",
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("y.svc"), "service Y \"Repairs\" { }\n", StandardCharsets.UTF_8);
		Path out = dir.resolve("out"), full = dir.resolve("full");
		assertEquals(0, run("generate", folder.toString(), "-o", out.toString(), "--format", "html", "-q").exitCode());
		String y = Files.readString(out.resolve("Y/index.html"));
		assertTrue(y.contains("Walk-ins") && !y.contains("Fleets"), "the shared file's segment, not X's");
		assertTrue(Files.readString(out.resolve("X/index.html")).contains("Fleets") && !Files.readString(out.resolve("X/index.html")).contains("Walk-ins"));

		Files.writeString(folder.resolve("lib.svc"), Files.readString(folder.resolve("lib.svc")) + "service L \"Loan cars\" { }\n", StandardCharsets.UTF_8);
		assertEquals(0, run("generate", folder.toString(), "-o", out.toString(), "--format", "html", "-q").exitCode());
		y = Files.readString(out.resolve("Y/index.html"));
		assertTrue(y.contains("Walk-ins") && y.contains("Fleets"), "no file lends its segments now: the folder's");
		assertEquals(0, run("generate", folder.toString(), "-o", full.toString(), "--format", "html", "-q").exitCode());
		IncrementalGenerateTest.assertSameFiles(full, out);
	}

	/**
	 * The service's pages link to the indexes' part with the id, which the indexes have: in the
	 * Markdown, an anchor of its own in the folder's heading (or before a single folder's table).
	 */
	private static void assertBackLinks(Path out, String service, String id) throws IOException {
		assertTrue(Files.readString(out.resolve(service + "/index.html")).contains("<nav><a href=\"../index.html#" + id + "\">All services</a></nav>"),
				service + " links back to #" + id);
		assertTrue(Files.readString(out.resolve("index.html")).contains(" id=\"" + id + "\""), "#" + id + " is on the index");
		assertTrue(Files.readString(out.resolve(service + "/README.md")).startsWith("[All services](../README.md#" + id + ")\n"),
				service + "'s Markdown links back to #" + id);
		assertTrue(Files.readString(out.resolve("README.md")).contains("<a id=\"" + id + "\"></a>"), "#" + id + " is on the Markdown index");
	}

	@Test
	void byDefaultTheReportsComeWithTheirDiagrams(@TempDir Path out) throws IOException {
		Run run = run("generate", examples().resolve("cafe").toString(), "-o", out.toString(), "--date", "2026-03-02", "--lang", "zh");
		assertEquals(0, run.exitCode(), run.err());
		List<String> files = files(out);
		for (String expected : List.of("index.html", "README.md", "Cafe/index.html", "Cafe/README.md", "Cafe/journey.svg",
				"Cafe/matrix-channels.svg", "Cafe/checklists/launch-readiness.md", "Cafe/checklists/follow-up-schedule.csv",
				"Cafe/checklists/servqual-survey.json", "model.json", "svc-model.schema.json")) {
			assertTrue(files.contains(expected), expected + " in " + files);
		}
		assertTrue(files.stream().noneMatch(f -> f.endsWith(".png")), "pictures only when asked for: the reports show SVG " + files);
		String report = Files.readString(out.resolve("Cafe/index.html"));
		assertTrue(report.contains("<html lang=\"zh-CN\">") && report.contains("以 2026-03-02 发生的事件计算到期日。"), report);
		Run badDate = run("generate", examples().resolve("cafe").toString(), "-o", out.toString(), "--date", "2 March");
		assertEquals(2, badDate.exitCode());
		assertTrue(badDate.err().contains("--date"), badDate.err());
	}

	@Test
	void oneKindOneFormatAndTheSameBytesOnARerun(@TempDir Path out) throws IOException {
		Path cafe = examples().resolve("cafe");
		assertEquals(0, run("generate", cafe.toString(), "-o", out.toString(), "--diagram", "matrix", "--format", "svg", "-q").exitCode());
		assertEquals(List.of("Cafe/matrix-channels.svg"), files(out));
		byte[] first = Files.readAllBytes(out.resolve("Cafe/matrix-channels.svg"));
		Run again = run("generate", cafe.toString(), "-o", out.toString(), "--diagram", "matrix", "--format", "svg");
		assertEquals(0, again.exitCode());
		assertArrayEquals(first, Files.readAllBytes(out.resolve("Cafe/matrix-channels.svg")), "same model, same bytes");
		assertEquals(List.of("Cafe/matrix-channels.svg"), files(out), "no temporary files left behind");
	}

	/** With some kinds or formats left out, the pages still link only to files that were written. */
	@ParameterizedTest
	@ValueSource(strings = { "html,md,checklists", "html,md,png", "html,md" })
	void everyLinkOfThePagesLeadsToAWrittenFile(String formats, @TempDir Path out) throws IOException {
		assertEquals(0, run("generate", examples().resolve("car-repair").toString(), "-o", out.toString(), "--format", formats,
				"--diagram", "blueprint", "-q").exitCode());
		Pattern link = Pattern.compile("(?:href=\"|\\]\\()([^\"#)]+)[\")]");
		int checked = 0;
		for (String page : List.of("index.html", "README.md", "汽车售后服务/index.html", "汽车售后服务/README.md")) {
			Path file = out.resolve(page);
			Matcher matcher = link.matcher(Files.readString(file));
			while (matcher.find()) {
				String target = java.net.URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
				assertTrue(Files.exists(file.getParent().resolve(target)), page + " links to " + target + ", which was not written (" + formats + ")");
				checked++;
			}
		}
		assertTrue(checked >= 4, "the pages link to each other and to their files: " + checked);
		String markdown = Files.readString(out.resolve("汽车售后服务/README.md"));
		assertFalse(markdown.contains("journey.svg"), "the journey was not asked for as a file");
		assertEquals(formats.contains("checklists"), markdown.contains("(checklists/follow-up-schedule.csv)"), markdown);
	}

	@Test
	void picturesMadeOnEveryCoreAreTheBytesOneThreadMakes(@TempDir Path out) throws IOException {
		Path parallel = out.resolve("parallel"), serial = out.resolve("serial");
		assertEquals(0, run("generate", examples().toString(), "-o", parallel.toString(), "--format", "png", "-q").exitCode());
		String before = System.getProperty("svc.threads");
		System.setProperty("svc.threads", "1");
		try {
			assertEquals(0, run("generate", examples().toString(), "-o", serial.toString(), "--format", "png", "-q").exitCode());
		} finally {
			if (before == null) {
				System.clearProperty("svc.threads");
			} else {
				System.setProperty("svc.threads", before);
			}
		}
		List<String> files = files(serial);
		assertEquals(files, files(parallel));
		assertTrue(files.size() >= 12, files.toString());
		for (String file : files) {
			assertArrayEquals(Files.readAllBytes(serial.resolve(file)), Files.readAllBytes(parallel.resolve(file)), file);
		}
	}

	@Test
	void aTerminalSeesAProgressLineThatIsClearedAtTheEndAPipeSeesNone(@TempDir Path out) throws IOException {
		Run piped = run("generate", examples().toString(), "-o", out.resolve("piped").toString(), "--format", "json");
		assertEquals("", piped.err(), "not a terminal: no progress line");
		Run shown = run("generate", examples().toString(), "-o", out.resolve("shown").toString(), "--format", "json", "--progress");
		assertEquals(0, shown.exitCode(), shown.err());
		assertTrue(shown.err().matches("(?s)\\r\\d+/\\d+ files documented.*"), "rewritten in place: " + shown.err());
		String last = shown.err().substring(shown.err().lastIndexOf('\r', shown.err().length() - 2));
		assertTrue(last.isBlank() && shown.err().endsWith("\r"), "cleared at the end, the cursor back at the start: " + last);
		assertEquals(piped.out().replace("piped", "shown"), shown.out(), "the summary is the same");
		Run chinese = run("generate", examples().toString(), "-o", out.resolve("zh").toString(), "--format", "json", "--progress", "--lang", "zh");
		assertTrue(chinese.err().matches("(?s)\\r已生成 \\d+/\\d+ 个文件的文档.*"), "in the language asked for: " + chinese.err());
		Run quiet = run("generate", examples().toString(), "-o", out.resolve("quiet").toString(), "--format", "json", "--progress", "-q");
		assertEquals("", quiet.err() + quiet.out(), "-q: nothing at all");
	}

	@Test
	void servicesWithErrorsAreSkippedTheOthersDrawnAndTheExitCodeSaysSo(@TempDir Path dir, @TempDir Path out) throws IOException {
		Files.writeString(dir.resolve("good.svc"), """
				service Good { journey { stage before { touchpoint t "T" { rating satisfied } } } }
				service NoDiagrams "Nothing to draw" { description "A service with no blueprint, journey or matrix" }
				""", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("bad.svc"), """
				service Bad { blueprint b { step one customer flow one -> nowhere } }
				""", StandardCharsets.UTF_8);
		Run run = run("generate", dir.toString(), "-o", out.toString(), "--format", "svg");
		assertEquals(1, run.exitCode(), run.err());
		assertEquals(List.of("Good/journey.svg"), files(out), "no blueprint file for a service without one, nothing for Bad");
		assertTrue(run.err().contains(dir.resolve("bad.svc") + ":1:"), "the error as file:line:column: " + run.err());
		assertTrue(run.err().contains("service 'Bad' has errors: no documentation for it."), run.err());
		assertTrue(run.out().contains("Wrote 1 file for 1 service to " + out
				+ "; 1 service skipped because of errors; the models have 1 error (listed above), so the run failed."), run.out());
	}

	@Test
	void badUsageExitsTwo(@TempDir Path out) throws IOException {
		String cafe = examples().resolve("cafe").toString();
		Run format = run("generate", cafe, "-o", out.toString(), "--format", "gif");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().contains("unknown format 'gif': use html, md, checklists, json, svg, png or a list of them"), format.err());
		Run kind = run("generate", cafe, "-o", out.toString(), "--diagram", "pie");
		assertEquals(2, kind.exitCode());
		assertTrue(kind.err().contains("use blueprint, journey, matrix, servqual, relationships, swot, opportunity-threat or loyalty"), kind.err());
		assertEquals(2, run("generate", cafe, "-o", out.toString(), "--lang", "fr").exitCode());
		assertEquals(2, run("generate", "no/such/folder", "-o", out.toString()).exitCode());
		Path file = Files.writeString(out.resolve("a-file"), "x");
		Run notAFolder = run("generate", cafe, "-o", file.toString());
		assertEquals(2, notAFolder.exitCode());
		assertTrue(notAFolder.err().contains("cannot create the output folder " + file + ": a file of that name is in the way."
				+ " Move it out of the way, or give -o another folder."), notAFolder.err());
		Run inChinese = run("generate", cafe, "-o", file.toString(), "--lang", "zh");
		assertEquals(2, inChinese.exitCode());
		assertTrue(inChinese.err().contains("svc generate: 无法创建输出文件夹 " + file + "：已有同名的文件。请将其移走，或用 -o 指定另一个文件夹。"), inChinese.err());
		assertEquals(List.of("a-file"), files(out), "nothing written for bad usage");
	}

	@Test
	void aFileThatCannotBeReplacedIsAnIoErrorAndNothingIsHalfWritten(@TempDir Path out) throws IOException {
		// journey.svg already exists as a folder with content: the atomic move onto it fails.
		Path blocker = Files.createDirectories(out.resolve("Cafe/journey.svg"));
		Files.writeString(blocker.resolve("keep.txt"), "kept");
		Run run = run("generate", examples().resolve("cafe").toString(), "-o", out.toString(), "--diagram", "journey", "--format", "svg");
		assertEquals(2, run.exitCode());
		// The file the user knows and what is in its way; not our temporary file's name, not "Is a directory".
		assertTrue(run.err().contains("cannot write into " + out + ": " + out.resolve("Cafe/journey.svg").toAbsolutePath()
				+ ": a folder of that name is in the way. Move it out of the way, or give -o another folder."), run.err());
		assertFalse(run.err().contains(".tmp"), run.err());
		assertEquals("kept", Files.readString(blocker.resolve("keep.txt")));
		assertEquals(List.of(".svc-journal.jsonl", "Cafe/journey.svg/keep.txt"), files(out),
				"no temporary file left behind; the journal tells the next run where this one stopped");
	}

	@Test
	void namesAreSafeAndUniqueAndNothingIsWrittenOutsideTheOutputFolder(@TempDir Path dir, @TempDir Path out) throws IOException {
		assertEquals("_..", FileNames.safe(".."));
		assertEquals("_.", FileNames.safe("."));
		assertEquals("_.._etc_passwd", FileNames.safe("../etc/passwd"));
		assertEquals("a_b_c", FileNames.safe("a/b\\c"));
		assertEquals("服务_蓝图", FileNames.safe("服务 蓝图"));
		Path root = out.toAbsolutePath().normalize();
		assertThrows(IllegalStateException.class, () -> new OutputFolder(root).inside("../escape.svg"));
		assertThrows(IllegalStateException.class, () -> new OutputFolder(root).inside("."));
		// Names that differ only in case would share a folder on case-insensitive file systems.
		Files.writeString(dir.resolve("two.svc"), """
				service Cafe { journey { stage before { touchpoint a } } }
				service cafe { journey { stage after { touchpoint b } } }
				service 咖啡馆 { journey { stage during { touchpoint c } } }
				""", StandardCharsets.UTF_8);
		Run run = run("generate", dir.toString(), "-o", out.toString(), "--diagram", "journey", "--format", "svg");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("Cafe/journey.svg", "cafe-2/journey.svg", "咖啡馆/journey.svg"), files(out));
	}

	@Test
	void newFilesGetTheUsualPermissionsAndReplacedFilesKeepTheirs(@TempDir Path out) throws IOException {
		Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
		Path usual = Files.createFile(out.resolve("made-by-hand.txt"));
		Path cafe = examples().resolve("cafe");
		assertEquals(0, run("generate", cafe.toString(), "-o", out.toString(), "--diagram", "journey", "-q").exitCode());
		Path journey = out.resolve("Cafe/journey.svg");
		assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(journey),
				"as any new file under the user's umask, not private to the owner");
		Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(journey, own);
		assertEquals(0, run("generate", cafe.toString(), "-o", out.toString(), "--diagram", "journey", "-q").exitCode());
		assertEquals(own, Files.getPosixFilePermissions(journey), "a replaced file keeps its permissions");
	}

	@Test
	void warningsFailOnlyWithFailOnWarning(@TempDir Path dir, @TempDir Path out) throws IOException {
		Files.writeString(dir.resolve("shop.svc"), "service Shop { product { core \"Groceries\" } }\n", StandardCharsets.UTF_8);
		Run lenient = run("generate", dir.toString(), "-o", out.toString(), "--format", "html", "-q");
		assertEquals(0, lenient.exitCode(), "warnings alone do not fail: " + lenient.err());
		Run strict = run("generate", dir.toString(), "-o", out.toString(), "--format", "html", "-q", "--fail-on", "warning");
		assertEquals(1, strict.exitCode());
		assertTrue(strict.err().contains(dir.resolve("shop.svc") + ":1:9: warning: Service 'Shop' does not describe the Ps"), strict.err());
		assertTrue(Files.exists(out.resolve("Shop/index.html")), "still documented");
		Run told = run("generate", dir.toString(), "-o", out.toString(), "--format", "html", "--fail-on", "warning");
		assertEquals(1, told.exitCode());
		assertTrue(told.out().strip().matches("Nothing to do: 1 file unchanged since the last run into .*"
				+ "; the models have \\d+ warnings? \\(listed above\\), which fail the run as it is set\\."), "the log ends on why: " + told.out());
		assertEquals(2, run("generate", dir.toString(), "-o", out.toString(), "--fail-on", "sometimes").exitCode());
	}

	@Test
	void exportWritesTheWholeModelAsJson(@TempDir Path out) throws IOException {
		Run stdout = run("export", "--json", examples().resolve("cafe").toString());
		assertEquals(0, stdout.exitCode(), stdout.err());
		assertTrue(stdout.out().startsWith("{\n  \"$schema\": \"svc-model.schema.json\",\n  \"format\": \"svc-model\""), stdout.out());
		assertTrue(stdout.out().contains("\"file\": \"cafe/cafe.svc\""));
		Path file = out.resolve("model.json");
		assertEquals(0, run("export", "--json", examples().resolve("cafe").toString(), "-o", file.toString()).exitCode());
		assertEquals(stdout.out(), Files.readString(file), "the same JSON on standard output and in the file");
		Run errors = run("export", "--json", examples().resolve("errors").resolve("unknown-channel.svc").toString());
		assertEquals(1, errors.exitCode());
		assertTrue(errors.err().contains("unknown-channel.svc:"), errors.err());
		assertFalse(errors.out().contains("unknown-channel.svc"), "a file with errors is left out");
		assertEquals(2, run("export", examples().resolve("cafe").toString()).exitCode(), "--json is required");
		Run blocked = run("export", "--json", examples().resolve("cafe").toString(), "-o", file.resolve("inside.json").toString());
		assertEquals(2, blocked.exitCode());
		assertTrue(blocked.err().contains("svc export: cannot write " + file.resolve("inside.json") + ": " + file
				+ " is a file, not a folder. Move it out of the way, or give -o another file."), blocked.err());
	}

	@Test
	void aKilledRunLeavesOnlyWholeFilesAndTheNextRunClearsItsLeftovers(@TempDir Path out) throws Exception {
		Path jar = Path.of(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isRegularFile(jar), "CLI distribution not built at " + jar);
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
				"-jar", jar.toString(), "generate", examples().toString(), "-o", out.toString(), "-q").redirectErrorStream(true).start();
		// Kill it hard while it writes: once the first files are there, or after 20 s at the latest.
		for (int i = 0; i < 200 && filesSoFar(out) < 3; i++) {
			Thread.sleep(100);
		}
		process.destroyForcibly().waitFor();
		for (String name : files(out)) {
			Path file = out.resolve(name);
			if (name.endsWith(".tmp")) {
				continue;
			}
			String text = name.endsWith(".png") ? "" : Files.readString(file);
			if (name.endsWith(".svg")) {
				assertTrue(text.strip().endsWith("</svg>"), "whole SVG: " + name);
			} else if (name.endsWith(".html")) {
				assertTrue(text.strip().endsWith("</html>"), "whole page: " + name);
			} else if (name.endsWith(".png")) {
				assertTrue(ImageIO.read(file.toFile()) != null, "whole PNG: " + name);
			}
		}
		Files.writeString(out.resolve(".journey.svg.0123456789ab.tmp"), "half");
		assertEquals(0, run("generate", examples().resolve("cafe").toString(), "-o", out.toString(), "--format", "svg", "-q").exitCode());
		assertTrue(files(out).stream().noneMatch(f -> f.endsWith(".tmp")), "leftovers of a killed run removed: " + files(out));
	}

	@Test
	void theCommandLineCarriesNoUserInterfaceToolkit() {
		// Conventions: nothing headless touches SWT. Tycho lists it among the diagram bundle's dependencies.
		assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.swt.SWT"));
	}

	@Test
	void theTrainingRunOfTheBuildValidatesAndDrawsButIsNotInTheHelp() {
		Run run = run("training-run", examples().toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals("training run: validate exited 0, generate exited 0", run.out().strip());
		Run checkOnly = run("training-run", "--commands=validate,format", examples().toString());
		assertEquals("training run: validate exited 0, format exited 0", checkOnly.out().strip(), checkOnly.err());
		assertEquals(2, run("training-run", "--commands=publish", examples().toString()).exitCode(), "an unknown command is bad usage");
		assertFalse(run("--help").out().contains("training-run"), "build use only: hidden from users");
	}

	/**
	 * How many files a running generate has left in the folder: it writes each file under a temporary
	 * name and renames it, so a walk can meet an entry that is gone by the time it reads it; such a
	 * walk counts as none yet (the caller asks again).
	 */
	private static int filesSoFar(Path dir) throws IOException {
		try {
			return files(dir).size();
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof NoSuchFileException) {
				return 0;
			}
			throw e;
		}
	}

	/** Every file under the folder but the run's manifest (its bookkeeping), relative, with '/' separators, sorted. */
	private static List<String> files(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
					.filter(p -> !p.equals(".svc-manifest.json")).sorted().toList();
		}
	}
}
