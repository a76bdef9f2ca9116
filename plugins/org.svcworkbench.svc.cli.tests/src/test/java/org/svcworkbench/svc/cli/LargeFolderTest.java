package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.cli.IncrementalGenerateTest.assertSameFiles;
import static org.svcworkbench.svc.cli.SvcCommandTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.benchmarks.SyntheticModels;
import org.svcworkbench.svc.cli.SvcCommandTest.Run;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.load.FolderPipeline;

/**
 * A portfolio kept in one folder: its services are documented in parts on every core, and what is
 * written is what documenting the folder whole writes, byte for byte, errors, reruns and model.json
 * included.
 */
class LargeFolderTest {

	private static final int SERVICES = 90; // three parts of 30
	private static final String[] OPTIONS = { "--date", "2026-03-02", "--format", "html,md,checklists,json,svg" };

	@TempDir
	Path models;
	@TempDir
	Path inParts;
	@TempDir
	Path whole;

	@Test
	void aLargeFolderIsDocumentedInPartsAsItWouldBeWhole() throws IOException {
		Path folder = Files.createDirectories(models.resolve("portfolio"));
		for (int i = 0; i < SERVICES; i++) {
			String text = SyntheticModels.service(i);
			if (i == 45) { // in the middle part: a service not documented, named in the index
				text = text.replace("channels shop45, web45", "channels shop45, web99x");
			}
			Files.writeString(folder.resolve(String.format("s%03d.svc", i)), text, StandardCharsets.UTF_8);
		}

		Run parts = generate(inParts, "2");
		assertEquals(1, parts.exitCode(), parts.err());
		assertTrue(parts.out().contains("Wrote ") && parts.out().contains(" for " + (SERVICES - 1) + " services"), parts.out());
		assertEquals(1, parts.err().lines().filter(line -> line.contains("web99x")).count(), parts.err());
		Run all = generate(whole, String.valueOf(SERVICES + 1));
		assertEquals(1, all.exitCode(), all.err());
		assertSameFiles(whole, inParts);
		try (Stream<Path> files = Files.walk(inParts.resolve("S1"))) {
			assertTrue(files.filter(Files::isRegularFile).count() > 10, "a service's pages, diagrams and checklists");
		}
		assertEquals(manifestWithoutTimes(whole), manifestWithoutTimes(inParts), "the same files and entries for the folder");
		String index = Files.readString(inParts.resolve("index.html"));
		assertEquals(SERVICES - 1, index.split("<tr><td><a href=", -1).length - 1, "every documented service in the index, once");
		assertTrue(index.contains("<strong>S45</strong>"), "the service with errors is named");

		// A rerun in parts writes only the changed service again, and leaves what a whole run would.
		Path changed = folder.resolve("s070.svc");
		Files.writeString(changed, Files.readString(changed).replace("Synthetic service number 70", "Synthetic service seventy"));
		Run again = generate(inParts, "2");
		assertEquals(1, again.exitCode(), again.err());
		assertTrue(again.out().contains("for 1 service") && again.out().contains("88 services unchanged"), again.out());
		Run wholeAgain = generate(whole, String.valueOf(SERVICES + 1));
		assertEquals(1, wholeAgain.exitCode(), wholeAgain.err());
		assertSameFiles(whole, inParts);
	}

	/** Documents the models into the folder, in parts of at most the given number of services, on two threads. */
	private Run generate(Path into, String servicesPerPart) {
		String threads = System.getProperty(FolderPipeline.THREADS_PROPERTY);
		System.setProperty(DocumentationRun.SERVICES_PER_PART_PROPERTY, servicesPerPart);
		System.setProperty(FolderPipeline.THREADS_PROPERTY, "2"); // parts side by side, whatever the machine
		try {
			String[] args = Stream.concat(Stream.of("generate", models.toString(), "-o", into.toString()), Stream.of(OPTIONS))
					.toArray(String[]::new);
			return run(args);
		} finally {
			System.clearProperty(DocumentationRun.SERVICES_PER_PART_PROPERTY);
			if (threads == null) {
				System.clearProperty(FolderPipeline.THREADS_PROPERTY);
			} else {
				System.setProperty(FolderPipeline.THREADS_PROPERTY, threads);
			}
		}
	}

	/** The manifest without the moments its folders were stamped at, which differ between any two runs. */
	private static String manifestWithoutTimes(Path dir) throws IOException {
		return Files.readString(dir.resolve(".svc-manifest.json")).replaceAll("\"stampedAt\"\\s*:\\s*\\d+", "\"stampedAt\":0");
	}
}
