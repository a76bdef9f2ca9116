package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.cli.SvcCommandTest.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.benchmarks.SyntheticModels;
import org.svcworkbench.svc.load.FolderLock;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The command a user runs (./svc, its JVM settings and class-data archive), in a process of its
 * own, where what one command loads and how much memory a run needs can be seen.
 */
class WholeProcessTest {

	private static Path script;

	@BeforeAll
	static void distribution() {
		script = Path.of(System.getProperty("svc.script", "../../svc")).toAbsolutePath().normalize();
		Path jar = Path.of(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isExecutable(script) && Files.isRegularFile(jar), "no ./svc or distribution at " + script);
	}

	@Test
	void validatingLoadsNothingOfTheDocumentation(@TempDir Path dir) throws Exception {
		Path log = dir.resolve("classes.log");
		Result result = svc(List.of("-Xlog:class+load=info:file=" + log), "validate", examples().resolve("hotel").toString());
		assertEquals(0, result.exitCode(), result.output());
		List<String> ours = new ArrayList<>();
		Matcher matcher = Pattern.compile(" (org\\.svcworkbench\\.svc\\.[\\w.$]+) source:").matcher(Files.readString(log));
		while (matcher.find()) {
			ours.add(matcher.group(1));
		}
		assertTrue(ours.contains("org.svcworkbench.svc.load.CheckedFolder"), "the log lists our classes: " + ours.size());
		List<String> documentation = ours.stream()
				.filter(c -> c.startsWith("org.svcworkbench.svc.generator.") || c.startsWith("org.svcworkbench.svc.diagram.")).toList();
		assertEquals(List.of(), documentation, "svc validate needs the language, not the reports or the diagrams");
	}

	@Test
	void aRerunWithNothingChangedLoadsNeitherTheFontNorTheLayout(@TempDir Path dir) throws Exception {
		String hotel = examples().resolve("hotel").toString(), out = dir.resolve("out").toString();
		assertEquals(0, svc(List.of(), "generate", hotel, "-o", out, "-q").exitCode());
		Path log = dir.resolve("classes.log");
		// Without the class-data cache, which loads every class it holds at start-up: the log shows what the run used.
		Result again = svc(List.of("-XX:AOTMode=off", "-Xlog:class+load=info:file=" + log), "generate", hotel, "-o", out);
		assertEquals(0, again.exitCode(), again.output());
		assertTrue(again.output().startsWith("Nothing to do"), again.output());
		List<String> drawing = new ArrayList<>();
		Matcher matcher = Pattern.compile(" ((?:org\\.eclipse\\.elk|sun\\.font)\\.[\\w.$]+) source:")
				.matcher(Files.readString(log));
		while (matcher.find()) {
			drawing.add(matcher.group(1));
		}
		assertEquals(List.of(), drawing, "a rerun that draws nothing loads no font and no layout");
		assertEquals(List.of(), languageSetUp(log), "nor does it set the language up to say so");

		String chinese = dir.resolve("zh").toString();
		assertEquals(0, svc(List.of(), "generate", hotel, "-o", chinese, "--lang", "zh", "-q").exitCode());
		Result zh = svc(List.of("-XX:AOTMode=off", "-Xlog:class+load=info:file=" + log), "generate", hotel, "-o", chinese, "--lang", "zh");
		assertTrue(zh.output().startsWith("无需生成"), zh.output());
		assertEquals(List.of(), languageSetUp(log), "in Chinese neither");
	}

	/** The classes of the language's set-up (Xtext's injector, the parser) the class log shows loaded. */
	private static List<String> languageSetUp(Path log) throws IOException {
		List<String> loaded = new ArrayList<>();
		Matcher matcher = Pattern.compile(" ((?:org\\.svcworkbench\\.svc\\.SvcStandaloneSetup|org\\.svcworkbench\\.svc\\.parser|com\\.google\\.inject\\.internal\\.InjectorImpl)[\\w.$]*) source:")
				.matcher(Files.readString(log));
		while (matcher.find()) {
			loaded.add(matcher.group(1));
		}
		return loaded;
	}

	@Test
	void aPortfolioIsDocumentedInAHeapThatCouldNotHoldIt(@TempDir Path portfolio, @TempDir Path out) throws Exception {
		int copies = 40, services = 0;
		for (String example : List.of("cafe", "car-repair", "hotel")) {
			for (int i = 0; i < copies; i++) {
				Path folder = Files.createDirectories(portfolio.resolve(String.format("%s-%03d", example, i)));
				try (var files = Files.list(examples().resolve(example))) {
					for (Path file : files.filter(f -> f.toString().endsWith(".svc")).toList()) {
						Files.copy(file, folder.resolve(file.getFileName()));
						services += (int) Files.readAllLines(file).stream().filter(l -> l.startsWith("service ")).count();
					}
				}
			}
		}
		// 64 MB: the run that kept every service's report and model until the end ran out of memory at 120 services.
		Result result = svc(List.of("-Xmx64m"), "generate", portfolio.toString(), "-o", out.toString(), "--format",
				"html,md,checklists,json,svg", "--lang", "zh", "--date", "2026-03-02");
		assertEquals(0, result.exitCode(), result.output());
		assertTrue(result.output().contains("已为 " + services + " 个服务写入 "), result.output());
		String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
		assertEquals(services, index.split("<tr><td><a href=", -1).length - 1, "every service in the index");
		var json = JsonParser.parseString(Files.readString(out.resolve("model.json"), StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals(copies * 6, json.getAsJsonArray("files").size(), "every file of every folder in model.json");
	}

	@Test
	void aModelTooLargeForTheHeapGetsAWayOutNotAStackTrace(@TempDir Path work) throws Exception {
		// one folder model of 80 cafés: a folder is loaded whole, so it cannot fit in the smallest heap ./svc allows
		Path folder = Files.createDirectories(work.resolve("cafes")), out = work.resolve("out");
		String cafe = Files.readString(examples().resolve("cafe/cafe.svc"), StandardCharsets.UTF_8);
		for (int i = 1; i <= 80; i++) {
			Files.writeString(folder.resolve("cafe-" + i + ".svc"), cafe.replace("\nservice Cafe ", "\nservice Cafe" + i + " "), StandardCharsets.UTF_8);
		}
		Result result = svc(List.of("-Xmx16m"), "generate", folder.toString(), "-o", out.toString());
		assertEquals(4, result.exitCode(), result.output());
		assertTrue(result.output().startsWith("svc: out of memory: the command's Java heap is limited to ")
				&& result.output().contains("SVC_JAVA_OPTS=-Xmx2g ./svc generate "), result.output());
		assertEquals(1, result.output().lines().count(), "one line, no stack trace: " + result.output());
	}

	/**
	 * Two runs into one output folder (two pipeline jobs, a second generate while the first runs):
	 * the second waits for the first, says what it waits for, and then writes a whole documentation;
	 * before, each removed the other's files in flight and both failed.
	 */
	@Test
	void aRunWaitsForAnotherWritingTheSameFolderAndSaysSo(@TempDir Path dir) throws Exception {
		Path out = Files.createDirectories(dir.resolve("out"));
		List<String> command = List.of(script.toString(), "generate", examples().resolve("cafe").toString(), "-o", out.toString(), "--format",
				"html,md", "--date", "2026-03-02");
		Process process;
		StringBuilder output = new StringBuilder();
		try (FolderLock other = FolderLock.acquire(out, holder -> {
		})) {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("SVC_NO_BUILD", "1");
			process = builder.start();
			var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String first = reader.readLine(); // blocks until the run says something
			output.append(first).append('\n');
			assertEquals("svc generate: waiting for process " + ProcessHandle.current().pid() + " writing into " + out + " to end...", first);
			Thread.sleep(500);
			assertTrue(process.isAlive(), "it waits");
			try (var files = Files.list(out)) {
				assertEquals(List.of(out.resolve(FolderLock.FILE)), files.toList(), "and writes nothing meanwhile");
			}
			Thread.startVirtualThread(() -> reader.lines().forEach(line -> output.append(line).append('\n')));
		}
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "svc generate ended");
		assertEquals(0, process.exitValue(), output.toString());
		assertTrue(Files.isRegularFile(out.resolve("index.html")), output.toString());
		try (var files = Files.walk(out)) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.equals(FolderLock.FILE) || n.endsWith(".tmp")).toList(),
					"no lock and no temporary file is left");
		}
	}

	/**
	 * Stopped while it documents (a pipeline's cancel sends SIGTERM; Ctrl-C's SIGINT stops the JVM the
	 * same way), a run says what state it leaves the output in and what to do, instead of a log that
	 * just ends; the next run continues it, taking the folders it had finished as they are.
	 */
	@Test
	void aRunStoppedWhileItDocumentsSaysWhatToDo(@TempDir Path dir) throws Exception {
		Path models = dir.resolve("models"), out = dir.resolve("out");
		for (int i = 0; i < 300; i++) { // 15 folders of 20: seconds of work
			Path folder = Files.createDirectories(models.resolve(String.format("part%02d", i / 20)));
			Files.writeString(folder.resolve(String.format("s%03d.svc", i)), SyntheticModels.service(i), StandardCharsets.UTF_8);
		}
		ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "generate", models.toString(), "-o", out.toString(), "--date",
				"2026-03-02")).redirectErrorStream(true);
		builder.environment().put("SVC_NO_BUILD", "1");
		Process process = builder.start();
		StringBuilder output = new StringBuilder();
		Thread reader = Thread.startVirtualThread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
				StandardCharsets.UTF_8)).lines().forEach(line -> {
					synchronized (output) {
						output.append(line).append('\n');
					}
				}));
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		Path journal = out.resolve(".svc-journal.jsonl");
		while (!(Files.isRegularFile(journal) && Files.readString(journal).contains("{\"done\":")) && process.isAlive()
				&& System.nanoTime() < deadline) {
			Thread.sleep(10); // until a folder is finished
		}
		assertTrue(process.isAlive(), "still documenting when stopped: " + output);
		// As a pipeline's runner stops a job: its log stays open (Process.destroy would close it first).
		new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();
		assertTrue(process.waitFor(1, TimeUnit.MINUTES), "stopped");
		reader.join(10_000);
		assertEquals(143, process.exitValue(), output.toString());
		assertTrue(output.toString().contains("svc generate: stopped before the end. The documentation in " + out
				+ " is incomplete (each file in it is whole); run svc generate again to finish it."), output.toString());
		assertTrue(Files.isRegularFile(out.resolve("S0/index.html")) && !Files.exists(out.resolve("index.html")),
				"the services' pages came first, the index was still to come");

		builder.command(List.of(script.toString(), "generate", models.toString(), "-o", out.toString(), "--date", "2026-03-02"));
		Process again = builder.start();
		String rest = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(again.waitFor(2, TimeUnit.MINUTES));
		assertEquals(0, again.exitValue(), rest);
		assertTrue(Files.isRegularFile(out.resolve("index.html")) && !rest.contains("stopped before the end"), "the next run finishes it, and says nothing of the kind");
		Matcher kept = Pattern.compile("for (\\d+) services to .* \\((\\d+) services kept from the run that was stopped\\)\\.").matcher(rest);
		assertTrue(kept.find(), "it continues the stopped run: " + rest);
		assertTrue(Integer.parseInt(kept.group(2)) >= 20 && Integer.parseInt(kept.group(1)) + Integer.parseInt(kept.group(2)) == 300,
				"a finished folder's 20 services at least are taken as they are: " + rest);
		assertTrue(!Files.exists(journal), "and its journal goes once the manifest is written");
	}

	private record Result(int exitCode, String output) {
	}

	/**
	 * The collector follows the size of what is checked: the serial one for a model or a few hundred,
	 * the parallel one from 4 MB of input on, never sized beyond a small heap the user asks for (a
	 * young generation as large as the heap once kept the JVM from starting).
	 */
	@Test
	void theCollectorFollowsTheSizeOfTheInput(@TempDir Path dir) throws Exception {
		Path small = Files.createDirectories(dir.resolve("small"));
		Files.copy(examples().resolve("cafe/cafe.svc"), small.resolve("cafe.svc"));
		Path large = Files.createDirectories(dir.resolve("large"));
		Files.copy(examples().resolve("cafe/cafe.svc"), large.resolve("cafe.svc"));
		Files.write(large.resolve("notes.txt"), new byte[5 << 20]); // the size on disk counts, whatever the files
		String gc = "-Xlog:gc=info:stdout"; // its first line names the collector

		Result smallRun = svc(List.of(gc), "validate", small.toString());
		assertEquals(0, smallRun.exitCode(), smallRun.output());
		assertTrue(smallRun.output().contains("Using Serial"), smallRun.output());

		Result largeRun = svc(List.of(gc), "validate", large.toString());
		assertEquals(0, largeRun.exitCode(), largeRun.output());
		assertTrue(largeRun.output().contains("Using Parallel"), largeRun.output());

		Result outputNotCounted = svc(List.of(gc), "generate", small.toString(), "-o", large.resolve("docs").toString(), "--format", "md", "-q");
		assertEquals(0, outputNotCounted.exitCode(), outputNotCounted.output());
		assertTrue(outputNotCounted.output().contains("Using Serial"), "the output folder is not input: " + outputNotCounted.output());

		Result smallHeap = svc(List.of(gc, "-Xmx64m"), "validate", large.toString());
		assertEquals(0, smallHeap.exitCode(), smallHeap.output());
		assertTrue(smallHeap.output().contains("Using Parallel") && smallHeap.output().contains("1 file checked"), smallHeap.output());

		Result chosen = svc(List.of(gc, "-XX:+UseG1GC"), "validate", large.toString());
		assertEquals(0, chosen.exitCode(), chosen.output());
		assertTrue(chosen.output().contains("Using G1"), "the user's collector wins: " + chosen.output());
	}

	/**
	 * A generate that paints PNG pictures of a large input compiles the pictures' code with the second
	 * JIT tier, from a directives file that must parse (the JVM would not start otherwise) and about
	 * which the JVM says nothing unless asked to print; a small input, a run without PNG and validate
	 * keep the first tier alone.
	 */
	@Test
	void aLargeRunOfPicturesCompilesThemWithTheSecondTier(@TempDir Path dir) throws Exception {
		Path large = Files.createDirectories(dir.resolve("large"));
		Files.copy(examples().resolve("cafe/cafe.svc"), large.resolve("cafe.svc"));
		Files.write(large.resolve("notes.txt"), new byte[41 << 20]);
		String cafe = examples().resolve("cafe").toString();
		List<String> flagsShown = List.of("-XX:+PrintCommandLineFlags"); // what the user asks to see is not silenced

		Result quiet = svc(List.of(), "generate", large.toString(), "-o", dir.resolve("quiet").toString(), "--format", "svg,png", "-q");
		assertEquals(0, quiet.exitCode(), quiet.output());
		assertEquals("", quiet.output(), "the JVM prints nothing of its own");
		assertTrue(Files.size(dir.resolve("quiet/Cafe/journey.png")) > 0);

		Result pictures = svc(flagsShown, "generate", large.toString(), "-o", dir.resolve("png").toString(), "--format=png", "-q");
		assertEquals(0, pictures.exitCode(), pictures.output());
		assertTrue(pictures.output().contains("2 compiler directives added") && pictures.output().contains("-XX:CompilerDirectivesFile=")
				&& !pictures.output().contains("TieredStopAtLevel"), pictures.output());

		for (String[] firstTier : List.of(new String[] { "generate", large.toString(), "-o", dir.resolve("svg").toString(), "--format", "svg", "-q" },
				new String[] { "generate", cafe, "-o", dir.resolve("small").toString(), "--format", "png", "-q" },
				new String[] { "validate", large.toString(), "-q" })) {
			Result run = svc(flagsShown, firstTier);
			assertEquals(0, run.exitCode(), run.output());
			assertTrue(run.output().contains("-XX:TieredStopAtLevel=1") && !run.output().contains("directives"),
					String.join(" ", firstTier) + ": " + run.output());
		}
	}

	/**
	 * The directives file is plain JSON, without comments: JDK 21 before 21.0.8 swallows the
	 * character after a line comment (JDK-8318811), so a comment followed by an indented line
	 * stopped the JVM from starting on the large runs that read the file, with nothing said about
	 * it (the JVM's own output is silenced there). Strict JSON is what every JDK's parser reads.
	 */
	@Test
	void theCompilerDirectivesAreJsonThatEveryJdkReads() throws IOException {
		Path directives = script.getParent().resolve("releng/scripts/svc-pictures.directives");
		try (JsonReader reader = new JsonReader(Files.newBufferedReader(directives, StandardCharsets.UTF_8))) {
			reader.setStrictness(Strictness.STRICT);
			JsonArray parsed = new Gson().getAdapter(JsonElement.class).read(reader).getAsJsonArray();
			assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "one array, nothing after it");
			assertEquals(2, parsed.size(), parsed.toString());
			assertEquals("*.*", parsed.get(1).getAsJsonObject().get("match").getAsString(), "the last directive keeps everything else from the second tier");
		}
	}

	private static Result svc(List<String> javaOptions, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SVC_NO_BUILD", "1"); // the build that runs this test made the distribution
		builder.environment().put("SVC_JAVA_OPTS", String.join(" ", javaOptions));
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "svc " + arguments[0] + " ended");
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
