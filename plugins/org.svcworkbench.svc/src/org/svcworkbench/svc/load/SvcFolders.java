package org.svcworkbench.svc.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.svcworkbench.svc.words.WordedException;

/**
 * Which .svc files make up the models under a folder, with one set of rules for every front end
 * (command line, Maven plugin, Eclipse builder, language server): every folder is a model of its
 * own; a walk skips hidden folders ({@code .git}, {@code .metadata}), build output ({@code target},
 * {@code node_modules}) and any folder holding a {@value #IGNORE_MARKER} file, except a folder the
 * user named. A link to a .svc file counts as a file of the folder the link is in.
 */
public final class SvcFolders {

	public static final String EXTENSION = ".svc";
	public static final String IGNORE_MARKER = ".svcignore";
	/** Folders of build tools, which hold copies of sources, never sources. */
	public static final Set<String> BUILD_OUTPUT = Set.of("target", "node_modules");

	private SvcFolders() {
	}

	/** Whether a walk passes this folder by (its name or its {@value #IGNORE_MARKER} says so). */
	public static boolean skipped(Path folder) {
		Path name = folder.getFileName();
		if (name == null) {
			return false;
		}
		String text = name.toString();
		return text.startsWith(".") && !text.equals(".") && !text.equals("..") || BUILD_OUTPUT.contains(text)
				|| Files.exists(folder.resolve(IGNORE_MARKER));
	}

	public static boolean isSvcFile(Path file) {
		return file.toString().endsWith(EXTENSION) && Files.isRegularFile(file);
	}

	/**
	 * Every .svc file the given paths name, grouped by folder (absolute and normal), both in sorted
	 * order. A path that does not exist, or a file that is not .svc, is a WordedException (an
	 * IllegalArgumentException) whose message names it.
	 */
	public static Map<Path, List<Path>> collect(List<Path> paths) {
		Map<Path, TreeSet<Path>> byFolder = new TreeMap<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				walk(path).forEach(file -> add(byFolder, file));
			} else if (Files.isRegularFile(path) && !path.toString().endsWith(EXTENSION)) {
				throw new WordedException("input.not-svc-file", path);
			} else if (Files.isRegularFile(path)) {
				add(byFolder, path);
			} else {
				throw new WordedException("input.no-such-path", path);
			}
		}
		Map<Path, List<Path>> result = new TreeMap<>();
		byFolder.forEach((folder, files) -> result.put(folder, List.copyOf(files)));
		return result;
	}

	/** The .svc files under the folder, sorted, by the skip rules; the folder itself is never skipped. */
	public static List<Path> walk(Path root) {
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return !dir.equals(root) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					// A link to a .svc file (one shared by several folder models, say) is a file of the
					// folder it is in, as it is when named on the command line and in Eclipse; links to
					// folders are not followed (a loop), and a link to nothing is passed by.
					if (file.toString().endsWith(EXTENSION) && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		files.sort(null);
		return files;
	}

	/** The .svc files directly in one folder, sorted: the files of its model. */
	public static List<Path> filesOf(Path folder) {
		try (var stream = Files.list(folder)) {
			return stream.filter(SvcFolders::isSvcFile).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void add(Map<Path, TreeSet<Path>> byFolder, Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		byFolder.computeIfAbsent(folder, f -> new TreeSet<>()).add(file.normalize());
	}
}
