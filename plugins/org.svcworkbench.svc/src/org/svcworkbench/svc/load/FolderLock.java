package org.svcworkbench.svc.load;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One documentation run at a time in an output folder. Two runs writing the same folder (two
 * pipeline jobs, a second {@code svc generate}, a Maven build beside the command line) each removed
 * the other's files in flight and both failed; now the second waits, says so, and then finds the
 * first one's work done. The lock is a file in the folder ({@value #FILE}) that the operating system
 * locks for the holding process, so a killed holder frees it; it is removed when the holder is done.
 * Runs in one JVM (the Eclipse builder, a parallel Maven build) wait for each other the same way.
 */
public final class FolderLock implements AutoCloseable {
	public static final String FILE = ".svc-lock";
	/** What a released lock file says, for a waiter that got the file just before it was removed. */
	private static final String RELEASED = "released\n";
	private static final long POLL_MILLIS = 100;
	/** Access denied for a moment passes (a virus scanner, an indexer); longer, the folder is not writable. */
	private static final int DENIED_TRIES = 30;
	private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

	/** Told once when the folder is busy and the run waits; asked between tries whether to give up. */
	public interface Waiting {
		/** @param holder who holds the folder, e.g. "process 1234", "another run in this process" */
		void waiting(String holder);

		/** Whether to stop waiting (a cancelled build): acquire then throws an InterruptedIOException. */
		default boolean cancelled() {
			return false;
		}
	}

	private final Path folder;
	private final Path file;
	/** Open while the lock is held: closing it frees the lock (null where the file system has no locks). */
	private final FileChannel channel;

	private FolderLock(Path folder, Path file, FileChannel channel) {
		this.folder = folder;
		this.file = file;
		this.channel = channel;
	}

	/** Locks the folder (which must exist) for this run, waiting while another run holds it. */
	public static FolderLock acquire(Path folder, Waiting waiting) throws IOException {
		// One key per folder however it is named: a second channel on the file would free this
		// process's lock on some systems when closed.
		Path key = folder.toRealPath();
		boolean told = false;
		while (!HELD_HERE.add(key)) {
			if (!told) {
				waiting.waiting("another run in this process");
				told = true;
			}
			pause(waiting);
		}
		try {
			return lockFile(key, key.resolve(FILE), waiting, told);
		} catch (IOException | RuntimeException | Error e) {
			HELD_HERE.remove(key);
			throw e;
		}
	}

	private static FolderLock lockFile(Path folder, Path file, Waiting waiting, boolean told) throws IOException {
		int denied = 0;
		while (true) {
			Object before = identity(file);
			FileChannel channel;
			try {
				channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			} catch (AccessDeniedException e) {
				if (++denied >= DENIED_TRIES) {
					throw e;
				}
				pause(waiting);
				continue;
			}
			boolean held = false;
			try {
				FileLock lock;
				try {
					lock = tryLock(channel);
				} catch (IOException e) {
					// A file system without locks (some network mounts): runs in this process still
					// wait for each other; others are not kept out, as before there was a lock.
					channel.close();
					Files.deleteIfExists(file);
					held = true;
					return new FolderLock(folder, file, null);
				}
				if (lock == null) {
					if (!told) {
						waiting.waiting(holder(channel));
						told = true;
					}
				} else if (!released(channel) || inPlace(file, before)) {
					// Free, or released and still in place: its holder could not remove it (killed, or Windows).
					String holder = "process " + ProcessHandle.current().pid() + "\n";
					channel.truncate(0).write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
					held = true;
					return new FolderLock(folder, file, channel);
				} else {
					continue; // a file its holder removed just after this run opened it: open the one in place now
				}
			} finally {
				if (!held) {
					channel.close();
				}
			}
			pause(waiting);
		}
	}

	/** Whether the path still names the file that was opened (where the file system cannot tell: whether it is there). */
	private static boolean inPlace(Path file, Object before) {
		Object now = identity(file);
		return now != null ? now.equals(before) : Files.exists(file, LinkOption.NOFOLLOW_LINKS);
	}

	/** Which file the path names (null: none, or a file system that does not tell, which then never removes a lock file). */
	private static Object identity(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
		} catch (IOException e) {
			return null;
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // this JVM holds it through another channel: wait as for another process
		}
	}

	private static boolean released(FileChannel channel) throws IOException {
		return RELEASED.equals(read(channel));
	}

	/** Who holds the lock, as its file says; a holder that has not said yet is still "another run". */
	private static String holder(FileChannel channel) {
		try {
			String said = read(channel).strip();
			return said.startsWith("process ") ? said : "another run";
		} catch (IOException e) {
			return "another run"; // Windows does not let a locked file be read
		}
	}

	private static String read(FileChannel channel) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(64);
		channel.read(bytes, 0);
		return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
	}

	private static void pause(Waiting waiting) throws InterruptedIOException {
		if (waiting.cancelled()) {
			throw new InterruptedIOException("stopped waiting for the output folder");
		}
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting for the output folder");
		}
		if (waiting.cancelled()) {
			throw new InterruptedIOException("stopped waiting for the output folder");
		}
	}

	public Path folder() {
		return folder;
	}

	/**
	 * Frees the folder and removes the lock file, marked released first for a run that opened it
	 * meanwhile. Never fails: the run's work is done, and the system frees the lock with the file.
	 */
	@Override
	public void close() {
		if (channel == null) {
			HELD_HERE.remove(folder);
			return;
		}
		try (channel) {
			channel.truncate(0).write(ByteBuffer.wrap(RELEASED.getBytes(StandardCharsets.UTF_8)), 0);
			// Removed where a waiter can tell the file it opened from the one in place (POSIX file
			// identities); elsewhere (Windows) it stays, released, and the next run takes it over.
			if (identity(file) != null) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// a full disk refusing the mark: closing the channel below frees the lock all the same
		} finally {
			HELD_HERE.remove(folder);
		}
	}
}
