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
import org.svcworkbench.svc.words.Findings;

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

	@Test
	void aChineseDesignerReadsTheProblemAndTheRemedyInChinese(@TempDir Path out) throws IOException {
		Findings zh = new Findings();
		zh.use("zh");
		Path target = Files.createDirectories(out.resolve("Cafe/journey.svg"));
		Files.writeString(target.resolve("keep.txt"), "kept");
		FileProblem inTheWay = FileProblem.of(assertThrows(IOException.class, () -> AtomicFiles.write(target, "<svg/>")));
		assertEquals(target + "：已有同名的文件夹", inTheWay.describe(zh));
		assertEquals("请将其移走，或用 -o 指定另一个文件夹。", inTheWay.remedy(zh.text("remedy.choose.command-line"), zh));
		Path file = Files.writeString(out.resolve("docs"), "not a folder");
		FileProblem notAFolder = FileProblem.of(assertThrows(IOException.class, () -> AtomicFiles.write(file.resolve("x.json"), "{}")));
		assertEquals(file.resolve("x.json") + "：" + file + " 是文件，不是文件夹", notAFolder.describe(zh));

		FileProblem full = FileProblem.of(new IOException("No space left on device"));
		assertEquals("磁盘空间不足", full.describe(zh));
		assertEquals("请释放磁盘空间，或在另一块磁盘上将 outputDirectory（svc.outputDirectory）设为另一个文件夹。", full.remedy(zh.text("remedy.choose.maven"), zh));
		assertEquals("/mnt/cd/index.html：文件系统为只读",
				FileProblem.of(new FileSystemException("/mnt/cd/index.html", null, "Read-only file system")).describe(zh));
		assertEquals("/srv/docs/index.html：没有写入权限", FileProblem.of(new AccessDeniedException("/srv/docs/index.html")).describe(zh));
		// A reason only the system words is told as it says it.
		FileProblem other = FileProblem.of(new FileSystemException("/srv/docs/index.html", null, "Input/output error"));
		assertEquals("/srv/docs/index.html：input/output error", other.describe(zh));
		assertEquals("请检查该文件夹能否写入，或在 Project > Properties > SVC 中选择另一个文件夹。", other.remedy(zh.text("remedy.choose.eclipse"), zh));
	}
}
