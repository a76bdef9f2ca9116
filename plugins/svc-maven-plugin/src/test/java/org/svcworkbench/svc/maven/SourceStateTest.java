package org.svcworkbench.svc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a goal may skip its work: only when no .svc file and no setting changed since it last succeeded. */
class SourceStateTest {

	@Test
	void anUnchangedRerunHasNothingToDoAnyChangeHas(@TempDir Path project) throws IOException {
		Path src = Files.createDirectories(project.resolve("src/main/svc/shop"));
		Path a = Files.writeString(src.resolve("a.svc"), "service A {}\n", StandardCharsets.UTF_8);
		Path b = Files.writeString(src.resolve("b.svc"), "service B {}\n", StandardCharsets.UTF_8);
		Path stateFile = project.resolve("target/svc-maven-plugin/generate.sha256");
		Map<Path, List<Path>> folders = Map.of(src, List.of(a, b));

		assertFalse(state(stateFile, project, folders, "en").unchanged(), "never run: work to do");
		state(stateFile, project, folders, "en").record();
		assertTrue(state(stateFile, project, folders, "en").unchanged());

		Files.setLastModifiedTime(a, FileTime.fromMillis(0));
		assertTrue(state(stateFile, project, Map.of(src, List.of(b, a)), "en").unchanged(), "a touch or another order is no change");

		assertFalse(state(stateFile, project, folders, "zh").unchanged(), "another setting");
		Files.writeString(b, "service B \"Bee\" {}\n", StandardCharsets.UTF_8);
		assertFalse(state(stateFile, project, folders, "en").unchanged(), "another content");
		Files.writeString(b, "service B {}\n", StandardCharsets.UTF_8);
		assertFalse(state(stateFile, project, Map.of(src, List.of(a)), "en").unchanged(), "a file less");
		Path renamed = Files.move(b, src.resolve("c.svc"));
		assertFalse(state(stateFile, project, Map.of(src, List.of(a, renamed)), "en").unchanged(), "a file renamed");

		state(stateFile, project, Map.of(src, List.of(a)), "en").forget();
		assertFalse(Files.exists(stateFile), "a failed run leaves nothing to skip on");
	}

	@Test
	void settledFilesAreVouchedForByTheirStampFreshOnesAreRead(@TempDir Path project) throws IOException {
		Path a = oneFile(project);
		Path stateFile = project.resolve("target/svc-maven-plugin/generate.sha256");
		Map<Path, List<Path>> folders = Map.of(a.getParent(), List.of(a));
		FileTime settled = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
		Files.setLastModifiedTime(a, settled);
		state(stateFile, project, folders, "en").record();

		// The same size and time but another content: only the stamp can have said "unchanged", so
		// the file was not read (git's index trusts a settled file's time in the same way).
		Files.writeString(a, "service X {}\n", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(a, settled);
		assertTrue(state(stateFile, project, folders, "en").unchanged(), "a settled file is not read again");
		assertFalse(state(stateFile, project, folders, "zh").unchanged(), "the settings are part of the stamp");

		// A file modified within the last seconds could change again within its clock's tick: its content decides.
		FileTime fresh = FileTime.fromMillis(System.currentTimeMillis());
		Files.setLastModifiedTime(a, fresh);
		state(stateFile, project, folders, "en").record();
		Files.writeString(a, "service Y {}\n", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(a, fresh);
		assertFalse(state(stateFile, project, folders, "en").unchanged(), "a fresh file's content is read");
	}

	@Test
	void aStateFileOfTheEarlierFormatIsReadByContent(@TempDir Path project) throws IOException {
		Path a = oneFile(project);
		Path stateFile = project.resolve("target/svc-maven-plugin/validate.sha256");
		Map<Path, List<Path>> folders = Map.of(a.getParent(), List.of(a));
		state(stateFile, project, folders, "en").record();
		String fingerprint = Files.readAllLines(stateFile).get(0);
		Files.writeString(stateFile, fingerprint + "\n"); // what the plugin wrote before it kept stamps
		assertTrue(state(stateFile, project, folders, "en").unchanged());
		assertEquals(3, Files.readAllLines(stateFile).size(), "rewritten with the stamp");
	}

	/** A project with one .svc file, which the test then changes. */
	private static Path oneFile(Path project) throws IOException {
		Path src = Files.createDirectories(project.resolve("src/main/svc/shop"));
		return Files.writeString(src.resolve("a.svc"), "service A {}\n", StandardCharsets.UTF_8);
	}

	private static SourceState state(Path stateFile, Path project, Map<Path, List<Path>> folders, String settings) throws IOException {
		return new SourceState(stateFile, project, folders, settings);
	}
}
