package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.load.SvcFolders;

/**
 * The one set of rules by which every front end finds the folder models under a folder: what a
 * walk passes by, what a named path means, and links to shared files.
 */
class SvcFoldersTest {

	@Test
	void aWalkSkipsHiddenFoldersBuildOutputAndMarkedFoldersButNotANamedOne(@TempDir Path root) throws IOException {
		for (String folder : List.of("shop", "shop/kiosk", ".git", "target", "node_modules/pkg", "drafts")) {
			Files.createDirectories(root.resolve(folder));
			Files.writeString(root.resolve(folder).resolve("m.svc"), "service S {}\n");
		}
		Files.writeString(root.resolve("drafts/" + SvcFolders.IGNORE_MARKER), "");
		Files.writeString(root.resolve("shop/notes.txt"), "not a model");
		assertEquals(List.of(root.resolve("shop/kiosk/m.svc"), root.resolve("shop/m.svc")), SvcFolders.walk(root));
		assertEquals(List.of(root.resolve("drafts/m.svc")), SvcFolders.walk(root.resolve("drafts")), "a folder named is walked, marked or not");
		Map<Path, List<Path>> folders = SvcFolders.collect(List.of(root));
		assertEquals(List.of(root.toAbsolutePath().normalize().resolve("shop"), root.toAbsolutePath().normalize().resolve("shop/kiosk")),
				List.copyOf(folders.keySet()), "each folder a model of its own, in order");
		assertEquals("x: no such file or folder", assertThrows(IllegalArgumentException.class, () -> SvcFolders.collect(List.of(Path.of("x"))))
				.getMessage());
		assertThrows(IllegalArgumentException.class, () -> SvcFolders.collect(List.of(root.resolve("shop/notes.txt"))));
	}

	@Test
	void aLinkToASharedFileIsAFileOfTheFolderItIsIn(@TempDir Path root) throws IOException {
		Path shared = Files.createDirectories(root.resolve("shared"));
		Files.writeString(shared.resolve("channels.svc"), "channel counter \"Counter\"\n");
		Files.writeString(Files.createDirectories(root.resolve("models/cafe")).resolve("cafe.svc"), "service Cafe {}\n");
		Path link = root.resolve("models/cafe/channels.svc");
		try {
			Files.createSymbolicLink(link, Path.of("../../shared/channels.svc"));
			Files.createSymbolicLink(root.resolve("models/cafe/gone.svc"), Path.of("../../shared/gone.svc"));
		} catch (UnsupportedOperationException | IOException e) {
			Assumptions.abort("this file system has no symbolic links: " + e);
		}
		Path models = root.resolve("models");
		assertEquals(List.of(models.resolve("cafe/cafe.svc"), link), SvcFolders.walk(models), "the link to nothing is passed by");
		assertEquals(SvcFolders.collect(List.of(models.resolve("cafe/cafe.svc"), link)), SvcFolders.collect(List.of(models)),
				"a walk finds what naming the files finds");
	}
}
