package org.svcworkbench.svc.ui.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;

/**
 * The folder models the builder has just loaded, kept for the views that draw saved models (the
 * Blueprint view), so that moving the caret or redrawing does not read and link the folder again.
 * A model is handed out only while its folder's .svc files are as they were when it was loaded
 * (names, sizes, modification times); a few folders are kept, the least recently used go first.
 * EMF models are not for several threads at once (reading resolves links, which writes): whoever
 * reads a handed-out model holds its lock (synchronized on the LoadedFolder).
 */
public final class LoadedModels {

	private static final int KEPT = 8;

	private record Kept(LoadedFolder loaded, String stamp) {
	}

	private static final Map<Path, Kept> KEPT_FOLDERS = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Kept> eldest) {
			return size() > KEPT;
		}
	};

	private LoadedModels() {
	}

	/**
	 * The folder models a build checks, kept once the build is done with them (a resource set is
	 * for one thread at a time): only the last few, as no more would stay. Holding every one until
	 * the end kept a whole portfolio alive: 10,000 services ran the workbench out of its 2 GB.
	 */
	public static final class Pending {

		private final ArrayDeque<LoadedFolder> folders = new ArrayDeque<>();

		public void add(LoadedFolder loaded) {
			folders.addLast(loaded);
			if (folders.size() > KEPT) {
				folders.removeFirst();
			}
		}

		public int size() {
			return folders.size();
		}

		/** Hands the folders over to the views, the last added kept longest. */
		public void keep() {
			folders.forEach(LoadedModels::keep);
			folders.clear();
		}
	}

	/** Keeps a folder model the builder loaded. */
	static synchronized void keep(LoadedFolder loaded) {
		Path folder = loaded.folder().toAbsolutePath().normalize();
		KEPT_FOLDERS.put(folder, new Kept(loaded, stamp(folder)));
	}

	/** The folder's model as its files are now: the kept one if they have not changed since, else loaded (and kept). */
	public static LoadedFolder of(Path folder) {
		Path normal = folder.toAbsolutePath().normalize();
		String stamp = stamp(normal);
		synchronized (LoadedModels.class) {
			Kept kept = KEPT_FOLDERS.get(normal);
			if (kept != null && kept.stamp().equals(stamp)) {
				return kept.loaded();
			}
		}
		LoadedFolder loaded = SvcLanguage.session().loader().load(normal, SvcFolders.filesOf(normal));
		synchronized (LoadedModels.class) {
			KEPT_FOLDERS.put(normal, new Kept(loaded, stamp));
		}
		return loaded;
	}

	/** What the folder's model was made of: every .svc file's name, size and modification time. */
	private static String stamp(Path folder) {
		StringBuilder stamp = new StringBuilder();
		try {
			for (Path file : SvcFolders.filesOf(folder)) {
				stamp.append(file.getFileName()).append('\0').append(Files.size(file)).append('\0')
						.append(Files.getLastModifiedTime(file).toMillis()).append('\n');
			}
		} catch (IOException | UncheckedIOException e) {
			return "unreadable " + System.nanoTime(); // never matches: load again
		}
		return stamp.toString();
	}
}
