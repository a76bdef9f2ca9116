package org.svcworkbench.svc.generator.run;

import java.nio.file.Path;
import java.util.Collection;

/**
 * The names the index pages give a run's folder models and their files: a folder's path below the
 * common ancestor of the run's folders, with forward slashes ("north/shop", "south/shop"), so that
 * folders of the same name in different places read apart; the ancestor itself, when it is one of
 * them, by its own name. A file is named by its folder's name and its path in it
 * ("north/shop/s.svc"). Sibling folders read as their names ("cafe/cafe.svc"), as model.json names them.
 */
final class IndexFolderNames {

	/** Null when the folders share no ancestor (on different drives). */
	private final Path common;

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
	}

	/** The folder's name on the index. */
	String of(Path folder) {
		Path absolute = absolute(folder);
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
