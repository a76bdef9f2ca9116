package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.load.FileStamp;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcFolders;

/**
 * What a documentation run wrote into its output folder, per folder model, kept there as
 * {@value #FILE}: the next run with the same settings documents again only the folders whose
 * .svc files changed, takes the others' index rows, findings and model.json entries from here,
 * and removes exactly the files that this tool wrote and no longer writes, nothing else.
 */
public record Manifest(String format, String settings, long jsonSize, List<Folder> folders, List<String> shared) {

	public static final String FILE = ".svc-manifest.json";
	static final String FORMAT = "svc-manifest-1";

	/**
	 * One folder model: its files' fingerprint (their content), their stamp (names, sizes, times: see
	 * FileStamp) and when it was taken, what was written for it, and what a rerun repeats; indexId:
	 * the id of its part of the HTML index, which its services' pages link back to (null without HTML).
	 */
	public record Folder(String folder, String hash, String stamp, long stampedAt, int files, List<String> written, List<Service> services,
			List<Finding> findings, long jsonStart, long jsonEnd, String indexId) {

		/** The same entry with its output at another place of model.json. */
		Folder movedTo(long start, long end) {
			return new Folder(folder, hash, stamp, stampedAt, files, written, services, findings, start, end, indexId);
		}

		/** The same entry, its files' stamp taken anew (after their content was found unchanged). */
		Folder restamped(FileStamp now, long at) {
			return new Folder(folder, hash, now.value(), at, files, written, services, findings, jsonStart, jsonEnd, indexId);
		}
	}

	/**
	 * A service of the folder: documented (with its index row and the fingerprint of what its
	 * documentation read, see ServiceInputs) or skipped because of errors (errorLine: the line of
	 * its first error, for the index; null when documented; errorFile: that error's file when it is
	 * another file of the folder, one the service needs that could not be parsed, else null).
	 * missingGlyphs: the characters its diagrams hold that the font lacks (null: none), told again
	 * while they stay.
	 */
	public record Service(String name, String file, String serviceFolder, ServiceSummary summary, String inputs, String missingGlyphs,
			Integer errorLine, String errorFile) {

		static Service skipped(String name, String file, int errorLine, String errorFile) {
			return new Service(name, file, null, null, null, null, errorLine, errorFile);
		}

		/** The file its first error is in: its own, or the file it needs that could not be parsed. */
		String whereTheErrorIs() {
			return errorFile != null ? errorFile : file;
		}

		/** The files written for it, in the order they were written, of its folder's. */
		List<String> writtenOf(Folder folder) {
			String prefix = serviceFolder + "/";
			return folder.written().stream().filter(path -> path.startsWith(prefix)).toList();
		}
	}

	/** A finding, as a rerun prints it again. */
	public record Finding(String file, int line, int column, String severity, String message, String code) {

		static Finding of(SvcDiagnostic d) {
			return new Finding(d.file().toString(), d.line(), d.column(), d.severity().name(), d.message(), d.code());
		}

		SvcDiagnostic diagnostic() {
			return new SvcDiagnostic(Path.of(file), line, column, SvcDiagnostic.Severity.valueOf(severity), message, code);
		}
	}

	/** The manifest a run left in the folder, if it is one this version reads; anything else means "document everything". */
	public static Optional<Manifest> read(Path outputRoot) {
		Path file = outputRoot.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (var text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Manifest manifest = ManifestJson.read(text);
			return manifest != null && FORMAT.equals(manifest.format()) && manifest.folders() != null && manifest.shared() != null
					? Optional.of(manifest)
					: Optional.empty();
		} catch (IOException | IllegalStateException | IllegalArgumentException e) {
			return Optional.empty(); // unreadable: a full run replaces it
		}
	}

	void write(OutputFolder output) throws IOException {
		try (var file = org.svcworkbench.svc.load.AtomicFiles.open(output.inside(FILE))) {
			var text = new java.io.OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
			ManifestJson.write(this, text);
			text.flush();
			file.commit();
		}
	}

	/** Every file the run wrote, relative to the output folder as written: the shared files and each folder's. */
	java.util.Set<String> files() {
		java.util.Set<String> all = new java.util.HashSet<>(shared);
		folders.stream().filter(f -> f.written() != null).forEach(f -> all.addAll(f.written()));
		return all;
	}

	/** The folders by their path. */
	Map<String, Folder> byFolder() {
		Map<String, Folder> result = new LinkedHashMap<>();
		folders.forEach(f -> result.put(f.folder(), f));
		return result;
	}

	/**
	 * A fingerprint of a folder model's input: every .svc file of the folder (the model takes its
	 * siblings in) with its name and content, and which of them were asked for.
	 */
	static String hash(Path folder, List<Path> requested) throws IOException {
		MessageDigest digest = FileStamp.sha256();
		byte[] buffer = new byte[1 << 16];
		for (Path file : SvcFolders.filesOf(folder)) {
			digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			try (InputStream in = Files.newInputStream(file)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
			}
			digest.update((byte) 0);
		}
		for (Path file : requested) {
			digest.update(file.toAbsolutePath().normalize().getFileName().toString().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 1);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Whether model.json in the output folder is the one this manifest describes (same size). */
	boolean jsonMatches(Path outputRoot) throws IOException {
		Path json = outputRoot.resolve("model.json");
		return Files.isRegularFile(json) && Files.size(json) == jsonSize;
	}

	/**
	 * Copies bytes [start, end) of the last run's model.json, an unchanged folder's entries, without
	 * the separator before them (the writer puts its own), as bytes: a rerun after one file changed
	 * copies every other folder's entries, 376 MB at 10,000 services, and decoding them into text
	 * to encode them again was most of its work.
	 */
	static void copyRange(Path file, long start, long end, java.io.OutputStream out) throws IOException {
		byte[] buffer = new byte[1 << 16];
		boolean separatorSkipped = false;
		try (var channel = java.nio.channels.FileChannel.open(file)) {
			for (long position = start; position < end;) {
				java.nio.ByteBuffer chunk = java.nio.ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, end - position));
				int read = channel.read(chunk, position);
				if (read < 0) {
					throw new IOException(file + " ended before byte " + end + ": remove " + FILE + " to document everything again");
				}
				int from = 0;
				if (!separatorSkipped) {
					while (from < read && (buffer[from] == ',' || buffer[from] == ' ' || buffer[from] == '\n' || buffer[from] == '\r'
							|| buffer[from] == '\t')) {
						from++;
					}
					separatorSkipped = from < read;
				}
				out.write(buffer, from, read - from);
				position += read;
			}
		}
	}
}
