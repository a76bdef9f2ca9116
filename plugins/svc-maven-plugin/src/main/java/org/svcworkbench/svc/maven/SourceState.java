package org.svcworkbench.svc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.load.FileStamp;

/**
 * What a goal last succeeded on, kept in a file under target/: a SHA-256 of every .svc file's path
 * and content and of the settings that shape the result. The same fingerprint on the next run
 * means there is nothing to do. Contents, not timestamps, decide: a checkout or a touch changes
 * timestamps, and only a real change should cost a run. But the file also keeps the files' stamp
 * (names, sizes, times: {@link FileStamp}) and when it was taken, and a stamp that vouches for the
 * files spares reading them: at 10,000 services that is 118 MB to hash for a run with nothing to do.
 */
final class SourceState {
	private final Path stateFile;
	private final Map<String, Path> files;
	private final String settings;
	private final long stampedAt = System.currentTimeMillis();
	private final FileStamp stamp;
	private String fingerprint;

	SourceState(Path stateFile, Path base, Map<Path, List<Path>> folders, String settings) throws IOException {
		this.stateFile = stateFile;
		this.settings = settings;
		this.files = new TreeMap<>();
		Path root = base.toAbsolutePath().normalize();
		folders.values().forEach(list -> list.forEach(f -> {
			Path file = f.toAbsolutePath().normalize();
			files.put(root.relativize(file).toString().replace('\\', '/'), file);
		}));
		this.stamp = FileStamp.of(files, settings);
	}

	/**
	 * Whether the files and settings are those of the last successful run. The state file holds the
	 * fingerprint, then the stamp and the time it was taken (a file of one line, from a version that
	 * kept no stamp, is read as well).
	 */
	boolean unchanged() throws IOException {
		if (!Files.isRegularFile(stateFile)) {
			return false;
		}
		List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return false;
		}
		if (lines.size() >= 3 && vouched(lines)) {
			return true;
		}
		if (!lines.get(0).strip().equals(fingerprint())) {
			return false;
		}
		record(); // the same content under new times: the next run can trust the stamp again
		return true;
	}

	private boolean vouched(List<String> lines) {
		try {
			return stamp.vouchesFor(lines.get(1).strip(), Long.parseLong(lines.get(2).strip()));
		} catch (NumberFormatException e) {
			return false; // not a file this version wrote: decided by content
		}
	}

	void record() throws IOException {
		AtomicFiles.write(stateFile, fingerprint() + "\n" + stamp.value() + "\n" + stampedAt + "\n");
	}

	/** A failed run leaves no fingerprint, so that the next run tries again. */
	void forget() throws IOException {
		Files.deleteIfExists(stateFile);
	}

	private String fingerprint() throws IOException {
		if (fingerprint == null) {
			MessageDigest digest = FileStamp.sha256();
			digest.update(settings.getBytes(StandardCharsets.UTF_8));
			byte[] buffer = new byte[1 << 16];
			for (Map.Entry<String, Path> file : files.entrySet()) {
				digest.update((byte) 0);
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = Files.newInputStream(file.getValue())) {
					for (int n; (n = in.read(buffer)) > 0;) {
						digest.update(buffer, 0, n);
					}
				}
			}
			fingerprint = HexFormat.of().formatHex(digest.digest());
		}
		return fingerprint;
	}
}
