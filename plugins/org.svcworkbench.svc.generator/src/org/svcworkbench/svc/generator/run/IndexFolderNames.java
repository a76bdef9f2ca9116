package org.svcworkbench.svc.generator.run;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names the index pages give a run's folder models and their files: a folder's path below the
 * common ancestor of the run's folders, with forward slashes ("north/shop", "south/shop"), so that
 * folders of the same name in different places read apart; the ancestor itself, when it is one of
 * them, by its own name. A file is named by its folder's name and its path in it
 * ("north/shop/s.svc"). Sibling folders read as their names ("cafe/cafe.svc"), as model.json names them.
 * Folders named on the command line from unrelated places (a checkout and /mnt/shared/hotel) share
 * only the file system's root: each is named by the shortest end of its path that no other folder's
 * path ends with ("cafe", "hotel"; "north/shop" beside "south/shop"), not by its whole path.
 * A folder's part of the HTML index has an id made of its name ({@link #anchorOf}).
 */
final class IndexFolderNames {

	/** Null when the folders share no ancestor (on different drives). */
	private final Path common;
	/** Each folder's anchor on the HTML index, by its absolute path. */
	private final Map<Path, String> anchors = new HashMap<>();
	/** Each folder's name, by its absolute path, when the folders share no ancestor but the root. */
	private final Map<Path, String> unrelated = new HashMap<>();

	IndexFolderNames(Collection<Path> folders) {
		Path ancestor = null;
		boolean first = true;
		for (Path folder : folders) {
			Path absolute = absolute(folder);
			if (first) {
				ancestor = absolute;
				first = false;
			}
			while (ancestor != null && !absolute.startsWith(ancestor)) {
				ancestor = ancestor.getParent();
			}
		}
		this.common = ancestor;
		if (common == null || common.getFileName() == null) {
			Set<Path> all = new HashSet<>();
			folders.forEach(folder -> all.add(absolute(folder)));
			Map<Path, Integer> ends = new HashMap<>(); // how many folders' paths end so: counted once, not compared pair by pair
			for (Path folder : all) {
				for (int count = 1, names = folder.getNameCount(); count <= names; count++) {
					ends.merge(folder.subpath(names - count, names), 1, Integer::sum);
				}
			}
			all.forEach(folder -> unrelated.put(folder, shortestUniqueEnd(folder, ends)));
		}
		Set<String> taken = new HashSet<>();
		for (Path folder : folders) {
			String anchor = "folder-" + idSafe(of(folder));
			for (int n = 2; !taken.add(anchor); n++) {
				anchor = "folder-" + idSafe(of(folder)) + "-" + n;
			}
			anchors.put(absolute(folder), anchor);
		}
	}

	/**
	 * The id of the folder's part of the HTML index, which its services' pages link back to: its
	 * name, so that it stays the same while the run's folders do; numbered after the first folder
	 * whose name makes the same id, in the folders' order.
	 */
	String anchorOf(Path folder) {
		String anchor = anchors.get(absolute(folder));
		return anchor != null ? anchor : "folder-" + idSafe(of(folder));
	}

	/** Letters (of any script), digits and - _ . / as they are; anything else, a space first of all, as a hyphen. */
	private static String idSafe(String name) {
		StringBuilder id = new StringBuilder();
		name.codePoints().forEach(c -> id.appendCodePoint(Character.isLetterOrDigit(c) || "-_./".indexOf(c) >= 0 ? c : '-'));
		return id.toString();
	}

	/** The last names of the folder's path, as few as no other folder's path ends with; all of them at the most. */
	private static String shortestUniqueEnd(Path folder, Map<Path, Integer> ends) {
		int names = folder.getNameCount();
		for (int count = 1; count < names; count++) {
			Path end = folder.subpath(names - count, names);
			if (ends.get(end) == 1) {
				return slashes(end);
			}
		}
		return names == 0 ? slashes(folder) : slashes(folder.subpath(0, names));
	}

	/** The folder's name on the index. */
	String of(Path folder) {
		Path absolute = absolute(folder);
		String apart = unrelated.get(absolute);
		if (apart != null) {
			return apart;
		}
		if (common == null || !absolute.startsWith(common)) {
			return slashes(absolute);
		}
		return absolute.equals(common) ? (common.getFileName() == null ? slashes(common) : common.getFileName().toString())
				: slashes(common.relativize(absolute));
	}

	/** A file of the folder (absolute, or as the command line named it) on the index: the folder's name, then the file's path in it. */
	String fileOf(Path folder, String file) {
		return of(folder) + "/" + slashes(absolute(folder).relativize(absolute(Path.of(file))));
	}

	private static Path absolute(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private static String slashes(Path path) {
		return path.toString().replace(java.io.File.separatorChar, '/');
	}
}
