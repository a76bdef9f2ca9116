package org.svcworkbench.svc.generator.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names the index pages give the folder models they list: each folder's path below the
 * folders' common ancestor, with forward slashes ("retail/shop", "b2b/shop"), so that folders of
 * the same name in different places read apart; the ancestor itself, when it is one of them, by
 * its own name. A portfolio of sibling folders reads as their names ("cafe", "hotel").
 */
final class IndexFolderNames {

	private IndexFolderNames() {
	}

	/** Each folder's name, in the folders' order. */
	static Map<Path, String> of(List<Path> folders) {
		Map<Path, String> names = new LinkedHashMap<>();
		if (folders.isEmpty()) {
			return names;
		}
		List<Path> absolute = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
		Path common = absolute.get(0);
		for (Path folder : absolute) {
			while (common != null && !folder.startsWith(common)) {
				common = common.getParent();
			}
		}
		for (int i = 0; i < folders.size(); i++) {
			Path folder = absolute.get(i);
			names.put(folders.get(i), common == null ? folder.toString() : folder.equals(common) ? ownName(common)
					: common.relativize(folder).toString().replace(java.io.File.separatorChar, '/'));
		}
		return names;
	}

	private static String ownName(Path folder) {
		return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
	}
}
