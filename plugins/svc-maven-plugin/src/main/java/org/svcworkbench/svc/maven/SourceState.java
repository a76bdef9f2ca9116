package org.svcworkbench.svc.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.svcworkbench.svc.load.AtomicFiles;

/**
 * What a goal last succeeded on: a SHA-256 of every .svc file's path and content and of the
 * settings that shape the result, kept in a file under target/. The same fingerprint on the next
 * run means there is nothing to do. Contents, not timestamps: a checkout or a touch changes
 * timestamps, and only a real change should cost a run.
 */
final class SourceState {
	private final Path stateFile;
	private final String fingerprint;

	SourceState(Path stateFile, Path base, Map<Path, List<Path>> folders, String settings) throws IOException {
		this.stateFile = stateFile;
		this.fingerprint = fingerprint(base, folders, settings);
	}

	boolean unchanged() throws IOException {
		return Files.isRegularFile(stateFile) && Files.readString(stateFile, StandardCharsets.UTF_8).strip().equals(fingerprint);
	}

	void record() throws IOException {
		AtomicFiles.write(stateFile, fingerprint + "\n");
	}

	/** A failed run leaves no fingerprint, so that the next run tries again. */
	void forget() throws IOException {
		Files.deleteIfExists(stateFile);
	}

	private static String fingerprint(Path base, Map<Path, List<Path>> folders, String settings) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		digest.update(settings.getBytes(StandardCharsets.UTF_8));
		Map<String, Path> files = new TreeMap<>();
		Path root = base.toAbsolutePath().normalize();
		folders.values().forEach(list -> list.forEach(f -> {
			Path file = f.toAbsolutePath().normalize();
			files.put(root.relativize(file).toString().replace('\\', '/'), file);
		}));
		for (Map.Entry<String, Path> file : files.entrySet()) {
			digest.update((byte) 0);
			digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(Files.readAllBytes(file.getValue()));
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
