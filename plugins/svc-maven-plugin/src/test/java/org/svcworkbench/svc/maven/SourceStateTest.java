package org.svcworkbench.svc.maven;

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

	private static SourceState state(Path stateFile, Path project, Map<Path, List<Path>> folders, String settings) throws IOException {
		return new SourceState(stateFile, project, folders, settings);
	}
}
