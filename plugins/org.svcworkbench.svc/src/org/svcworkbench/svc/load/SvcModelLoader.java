package org.svcworkbench.svc.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads .svc files the way the language defines a model: all .svc files of one folder together,
 * so references across files resolve. Walking a folder descends into sub-folders (each its own
 * model) but skips a folder holding a {@value #IGNORE_MARKER} file unless it was named explicitly.
 */
public class SvcModelLoader {

	public static final String EXTENSION = ".svc";
	public static final String IGNORE_MARKER = ".svcignore";
	public static final String INTERNAL_ERROR = "svc.internal-error";

	@Inject private Provider<XtextResourceSet> resourceSets;
	@Inject private IResourceValidator validator;

	/** The loaded models, one per folder, with the files that were asked for. */
	public record LoadedFolder(Path folder, XtextResourceSet resourceSet, List<Path> requested) {
	}

	/** Every .svc file the given paths name, grouped by folder, both in sorted order. */
	public Map<Path, List<Path>> collect(List<Path> paths) {
		Map<Path, TreeSet<Path>> byFolder = new TreeMap<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				walk(path).forEach(file -> add(byFolder, file));
			} else if (Files.isRegularFile(path) && !path.toString().endsWith(EXTENSION)) {
				throw new IllegalArgumentException(path + ": not a " + EXTENSION + " file");
			} else if (Files.isRegularFile(path)) {
				add(byFolder, path);
			} else {
				throw new IllegalArgumentException(path + ": no such file or folder");
			}
		}
		Map<Path, List<Path>> result = new TreeMap<>();
		byFolder.forEach((folder, files) -> result.put(folder, List.copyOf(files)));
		return result;
	}

	private static void add(Map<Path, TreeSet<Path>> byFolder, Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		byFolder.computeIfAbsent(folder, f -> new TreeSet<>()).add(file.normalize());
	}

	private static List<Path> walk(Path root) {
		try (Stream<Path> stream = Files.walk(root)) {
			return stream.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p))
					.filter(p -> !ignored(root, p.getParent()))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean ignored(Path root, Path folder) {
		for (Path f = folder; f != null && !f.equals(root); f = f.getParent()) {
			if (Files.exists(f.resolve(IGNORE_MARKER))) {
				return true;
			}
		}
		return false;
	}

	/** Loads the whole folder of each requested file into one resource set and resolves it. */
	public LoadedFolder load(Path folder, List<Path> requested) {
		XtextResourceSet set = resourceSets.get();
		set.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Path> siblings;
		try (Stream<Path> stream = Files.list(folder)) {
			siblings = stream.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (Path file : siblings) {
			set.getResource(uri(file), true);
		}
		for (Path file : requested) {
			set.getResource(uri(file), true);
		}
		EcoreUtil.resolveAll(set);
		return new LoadedFolder(folder, set, requested);
	}

	/** Syntax, linking and validation findings of the requested files, sorted by file and position. */
	public List<SvcDiagnostic> validate(LoadedFolder loaded) {
		List<SvcDiagnostic> result = new ArrayList<>();
		for (Path file : loaded.requested()) {
			try {
				Resource resource = loaded.resourceSet().getResource(uri(file), true);
				for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					result.add(toDiagnostic(file, issue));
				}
			} catch (RuntimeException e) {
				// Never pass a model that could not be read: the file fails, whatever went wrong.
				result.add(new SvcDiagnostic(file, 1, 1, Severity.ERROR,
						"This file could not be checked completely because of an internal error in svc; please report it"
								+ " with the file attached. Until then, treat the file as not valid.",
						INTERNAL_ERROR));
			}
		}
		Collections.sort(result);
		return result;
	}

	/** Loads one folder model (folder → its requested files, as {@link #collect} gives them) and validates the requested files. */
	public List<SvcDiagnostic> check(Map.Entry<Path, List<Path>> folder) {
		return validate(load(folder.getKey(), folder.getValue()));
	}

	/** Convenience: collect, load and validate everything the paths name, folders side by side. */
	public List<SvcDiagnostic> validate(List<Path> paths) {
		List<SvcDiagnostic> result = new ArrayList<>();
		FolderPipeline.inFolderOrder(collect(paths), this::check, result::addAll);
		Collections.sort(result);
		return result;
	}

	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static SvcDiagnostic toDiagnostic(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int offset = issue.getOffset() == null ? -1 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		return new SvcDiagnostic(file, line, column, severity, issue.getMessage(), issue.getCode(), offset, length,
				issue.getData() == null ? List.of() : java.util.Arrays.asList(issue.getData()));
	}
}
