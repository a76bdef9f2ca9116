package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so readers see the old or the new content, never half of it. */
final class AtomicFiles {
	private AtomicFiles() {
	}

	static void write(Path target, String content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
