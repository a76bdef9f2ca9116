package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.load.FolderLock;
import org.svcworkbench.svc.generator.GeneratedFile;

/**
 * The folder documentation is written into: every file atomically, none outside it whatever a model
 * names, by one run at a time (from prepare() to close()).
 */
public final class OutputFolder implements AutoCloseable {
	private final Path root;
	private FolderLock lock;
	private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
	/** The files found in the folder by prepare(), until forgotten (a rerun asks after each file it wrote before). */
	private java.util.Set<String> found;
	/** The manifest read by prepare(), until the run takes it. */
	private Optional<Manifest> manifest;
	/** The files this run wrote or removed (relative, as written), for whoever mirrors the folder. */
	private final Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
	/** What the journal of a stopped run says, read by prepare(), until the run takes it. */
	private RunJournal.Left journal;

	public OutputFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * Creates the folder and takes it for this run, waiting while another run writes into it (told to
	 * {@code waiting}); removes the temporary files a killed run left in it, noting the files that are
	 * there; reads the manifest of the last run and the journal of a run stopped since, whose files
	 * need no look at their attributes.
	 */
	public OutputFolder prepare(FolderLock.Waiting waiting) throws IOException {
		Files.createDirectories(root);
		if (lock == null) {
			lock = FolderLock.acquire(root, waiting);
		}
		manifest = Manifest.read(root);
		journal = RunJournal.read(root);
		java.util.Set<String> listed = manifest.map(Manifest::files).orElse(new java.util.HashSet<>());
		listed.addAll(journal.written());
		listed.addAll(journal.jsonTwins()); // a stopped run's model.json so far, which the next run takes its finished folders' entries from
		java.util.Set<String> files = new java.util.HashSet<>();
		AtomicFiles.removeLeftovers(root, listed::contains, files::add);
		found = files;
		return this;
	}

	/** The last run's manifest: the one prepare() read, handed out once, else read now. */
	Optional<Manifest> manifest() {
		Optional<Manifest> read = manifest != null ? manifest : Manifest.read(root);
		manifest = null;
		return read;
	}

	/** What stopped runs' journal says: the one prepare() read, handed out once, else read now. */
	RunJournal.Left journal() {
		RunJournal.Left read = journal != null ? journal : RunJournal.read(root);
		journal = null;
		return read;
	}

	/** Whether the file (relative, as written) is in the folder: from what prepare() found, else asked of the file system. */
	boolean holds(String relative) {
		if (found == null) {
			return Files.isRegularFile(inside(relative));
		}
		return found.contains(relative) || found.contains(relative(inside(relative))); // as written, else normalized
	}

	/** Drops what prepare() found: files are about to be written and removed. */
	void forgetFound() {
		found = null;
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

	/**
	 * Removes the files that earlier runs wrote (relative, as written; a file in several lists once)
	 * and that are not among those kept, then the folders that leaves empty, deepest first, up to
	 * this folder but not this folder itself; nothing else. Returns how many files it removed.
	 */
	int removeAllBut(Set<String> kept, List<? extends Collection<String>> wroteBefore) throws IOException {
		int removed = 0;
		Set<Path> parents = new TreeSet<>(Comparator.reverseOrder());
		for (Collection<String> files : wroteBefore) {
			for (String file : files) {
				if (!kept.contains(file)) {
					Path path = inside(file);
					if (Files.deleteIfExists(path)) {
						removed++;
						touched.add(file);
					}
					parents.add(path.getParent());
				}
			}
		}
		for (Path parent : parents) {
			for (Path dir = parent; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
				try (var children = Files.list(dir)) {
					if (children.findAny().isPresent()) {
						break;
					}
				} catch (NoSuchFileException e) {
					continue;
				}
				Files.deleteIfExists(dir);
			}
		}
		return removed;
	}

	/** Writes the file atomically; safe from several threads at once (for distinct files). */
	public void write(GeneratedFile file) throws IOException {
		AtomicFiles.write(inside(file.path()), file.content());
		written.incrementAndGet();
		touched.add(file.path());
	}

	/** A file written piece by piece (e.g. model.json, folder by folder), atomically on commit. */
	public AtomicFiles.Streamed open(String relative) throws IOException {
		AtomicFiles.Streamed file = AtomicFiles.open(inside(relative));
		written.incrementAndGet();
		touched.add(relative);
		return file;
	}

	/** The absolute path of a relative one, refused when it would leave the folder or name the folder itself. */
	public Path inside(String relative) {
		Path normal = root.resolve(relative).toAbsolutePath().normalize();
		if (!normal.startsWith(root) || normal.equals(root)) {
			throw new IllegalStateException("refusing to write outside " + root + ": " + relative);
		}
		return normal;
	}

	public Path root() {
		return root;
	}

	public int written() {
		return written.get();
	}

	/**
	 * The files this run has written or removed so far (relative, as written), the documentation's
	 * own: a workbench that mirrors the folder looks at these again, not at every file of it. Its
	 * hidden bookkeeping (the manifest, a stopped run's journal) is not among them.
	 */
	public Set<String> touched() {
		return Set.copyOf(touched);
	}

	/** Lets the next run in. */
	@Override
	public void close() {
		if (lock != null) {
			FolderLock held = lock;
			lock = null;
			held.close();
		}
	}
}
