package org.svcworkbench.svc.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;

/** Writes a file so readers see the old or the new content, never half of it. */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	public static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	/** Creates the parent folders; the temporary file lives beside the target, so the move is atomic. */
	public static void write(Path target, byte[] content) throws IOException {
		// Written in one call, without a buffer: a documentation run writes hundreds of thousands of
		// files, and a 64 KB buffer each was a sixth of all its allocation.
		try (Streamed file = open(target, 0)) {
			file.stream().write(content);
			file.commit();
		}
	}

	/** A file written piece by piece into its temporary twin, which takes the target's place on commit. */
	public static Streamed open(Path target) throws IOException {
		return open(target, 1 << 16);
	}

	private static Streamed open(Path target, int buffer) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = temporary(dir, target.getFileName().toString());
		OutputStream out;
		try {
			out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		} catch (java.nio.file.NoSuchFileException e) {
			// The folder is made when the first file needs it: asking for it before each of a run's
			// many files cost a failed mkdir and an exception each.
			Files.createDirectories(dir);
			out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		return new Streamed(target, temp, buffer > 0 ? new java.io.BufferedOutputStream(out, buffer) : out);
	}

	/**
	 * A file being written: readers of the target see its old content (or none) until commit.
	 * Closing without commit throws the new content away: a failed run leaves nothing half-made.
	 * A new file gets the permissions the user's umask gives any new file (Files.createTempFile
	 * would make it private to its owner); a replaced file keeps its own.
	 */
	public static final class Streamed implements AutoCloseable {
		private final Path target;
		private final Path temp;
		private final OutputStream out;
		private boolean committed;
		private boolean kept;

		private Streamed(Path target, Path temp, OutputStream out) {
			this.target = target;
			this.temp = temp;
			this.out = out;
		}

		public OutputStream stream() {
			return out;
		}

		public void commit() throws IOException {
			out.close();
			PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
			if (posix != null && Files.isRegularFile(target)) {
				Files.getFileAttributeView(temp, PosixFileAttributeView.class).setPermissions(posix.readAttributes().permissions());
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			committed = true;
		}

		/** The temporary twin being written, which commit moves over the target. */
		public Path temporary() {
			return temp;
		}

		/**
		 * Closes the file without commit and leaves what was written in its temporary twin, for a
		 * record that names it to take up (a stopped run's journal); a later removeLeftovers that
		 * is not told of it removes it.
		 */
		public void closeKeepingWhatWasWritten() throws IOException {
			kept = true;
			out.close();
		}

		@Override
		public void close() throws IOException {
			try {
				out.close();
			} finally {
				if (!committed && !kept) {
					Files.deleteIfExists(temp);
				}
			}
		}
	}

	/**
	 * Removes the temporary files a killed run left under the folder (only ours: hidden, named after
	 * their target, 12 hex digits, .tmp), so that a run after a crash leaves nothing half-made behind.
	 */
	public static int removeLeftovers(Path folder) throws IOException {
		return removeLeftovers(folder, kept -> {
		});
	}

	/** The same, telling every other regular file found (one walk, one look at each file). */
	public static int removeLeftovers(Path folder, java.util.function.Consumer<Path> kept) throws IOException {
		return removeLeftovers(folder, relative -> false, relative -> kept.accept(folder.resolve(relative)));
	}

	/**
	 * The same, taking the entries the caller knows as its files (their path relative to the
	 * folder, with '/') as regular files without looking at their attributes: a rerun knows from its
	 * manifest the 200,000 files of a large portfolio's documentation, and a look at each was most
	 * of its time. Leftovers are never known files; what is not known is looked at. Every other
	 * regular file is told by its path relative to the folder, with '/', as the walk makes it.
	 */
	public static int removeLeftovers(Path folder, java.util.function.Predicate<String> knownFile, java.util.function.Consumer<String> kept)
			throws IOException {
		return Files.isDirectory(folder) ? sweep(folder, "", knownFile, kept) : 0;
	}

	private static int sweep(Path dir, String prefix, java.util.function.Predicate<String> knownFile, java.util.function.Consumer<String> kept)
			throws IOException {
		int removed = 0;
		java.util.List<Path> folders = new java.util.ArrayList<>();
		try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString(), relative = prefix + name;
				if (knownFile.test(relative)) {
					kept.accept(relative);
					continue;
				}
				java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(entry,
						java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
				if (attributes.isDirectory()) {
					folders.add(entry);
				} else if (attributes.isRegularFile() && LEFTOVER.matcher(name).matches()) {
					Files.deleteIfExists(entry);
					removed++;
				} else if (attributes.isRegularFile()) {
					kept.accept(relative);
				}
			}
		}
		for (Path sub : folders) {
			removed += sweep(sub, prefix + sub.getFileName() + "/", knownFile, kept);
		}
		return removed;
	}

	private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("\\.(.+)\\.[0-9a-f]{12}\\.tmp");

	/** The file a temporary twin stands for (a failure names the twin; a user knows the target); any other path as it is. */
	static String targetOf(String file) {
		int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar));
		java.util.regex.Matcher twin = LEFTOVER.matcher(file.substring(slash + 1));
		return twin.matches() ? file.substring(0, slash + 1) + twin.group(1) : file;
	}

	/** A name no other writer picks (CREATE_NEW refuses one that exists, link or not), so it needs no secure randomness. */
	private static Path temporary(Path dir, String name) {
		long random = java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL;
		return dir.resolve("." + name + "." + HexFormat.of().withLowerCase().toHexDigits(random).substring(4) + ".tmp");
	}
}
