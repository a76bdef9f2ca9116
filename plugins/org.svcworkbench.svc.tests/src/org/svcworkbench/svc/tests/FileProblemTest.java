package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.load.FileProblem;
import org.svcworkbench.svc.load.FileProblem.Kind;

/**
 * A failed write told as a user can act on it: the file they know (not our temporary twin), what
 * is in its way, and what to do; from the exceptions the file system really throws.
 */
class FileProblemTest {

	@Test
	void aFolderWhereTheFileGoesIsNamedAsTheTargetNotAsTheTemporaryFile(@TempDir Path out) throws IOException {
		Path target = out.resolve("Cafe/journey.svg");
		Files.createDirectories(target);
		Files.writeString(target.resolve("keep.txt"), "kept");
		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, "<svg/>"));
		FileProblem problem = FileProblem.of(failure);
		assertEquals(target + ": a folder of that name is in the way", problem.describe());
		assertEquals(Kind.IN_THE_WAY, problem.kind());
		assertEquals("Move it out of the way, or give -o another folder.", problem.remedy("give -o another folder"));
		assertFalse(problem.describe().contains(".tmp"), problem.describe());
	}

	@Test
	void aFileWhereAFolderGoesIsNamed(@TempDir Path out) throws IOException {
		Path file = Files.writeString(out.resolve("docs"), "not a folder");
		IOException writing = assertThrows(IOException.class, () -> AtomicFiles.write(file.resolve("x.json"), "{}"));
		assertEquals(file.resolve("x.json") + ": " + file + " is a file, not a folder", FileProblem.of(writing).describe());
		IOException creating = assertThrows(IOException.class, () -> Files.createDirectories(file));
		assertEquals(file + ": a file of that name is in the way", FileProblem.of(creating).describe());
		assertEquals(Kind.IN_THE_WAY, FileProblem.of(creating).kind());
	}

	@Test
	void aFullDiskAndAReadOnlyFolderEachGetTheirOwnRemedy() {
		FileProblem full = FileProblem.of(new IOException("No space left on device"));
		assertEquals("no space left on device", full.describe());
		assertEquals("Free some space, or give -o another folder on another disk.", full.remedy("give -o another folder"));
		FileProblem readOnly = FileProblem.of(new FileSystemException("/mnt/cd/index.html", null, "Read-only file system"));
		assertEquals("/mnt/cd/index.html: read-only file system", readOnly.describe());
		assertEquals(Kind.NOT_ALLOWED, readOnly.kind());
		FileProblem denied = FileProblem.of(new AccessDeniedException("/srv/docs/.index.html.0123456789ab.tmp"));
		assertEquals("/srv/docs/index.html: permission denied", denied.describe());
		assertEquals("Make it writable, or choose another folder in Project > Properties > SVC.",
				denied.remedy("choose another folder in Project > Properties > SVC"));
	}
}
