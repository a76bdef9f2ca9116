package org.svcworkbench.svc.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.TopLevelElement;

/**
 * One folder model, loaded and validated: its findings in file and line order, counted, and what
 * every front end asks of it: which services the user's files declare, which of them have errors,
 * and which files are clean enough to export.
 */
public record CheckedFolder(LoadedFolder loaded, List<SvcDiagnostic> findings, int errors, int warnings) {

	/** A file without errors, filed under its folder's name ("cafe/cafe.svc"), with its model. */
	public record CleanFile(String path, Model model) {
	}

	/** Loads and validates the folder's files. */
	public static CheckedFolder check(SvcModelLoader loader, Map.Entry<Path, List<Path>> folder) {
		LoadedFolder loaded = loader.load(folder.getKey(), folder.getValue());
		List<SvcDiagnostic> findings = loader.validate(loaded);
		int errors = 0, warnings = 0;
		for (SvcDiagnostic d : findings) {
			errors += d.severity() == Severity.ERROR ? 1 : 0;
			warnings += d.severity() == Severity.WARNING ? 1 : 0;
		}
		return new CheckedFolder(loaded, List.copyOf(findings), errors, warnings);
	}

	/** Every folder checked, several side by side, handed back in folder order; close to stop the threads. */
	public static FolderPipeline.Results<CheckedFolder> checkAll(SvcModelLoader loader, Map<Path, List<Path>> folders) {
		return FolderPipeline.start(folders, folder -> check(loader, folder));
	}

	public Path folder() {
		return loaded.folder().toAbsolutePath().normalize();
	}

	/** The files the user asked for (not their sibling files), absolute and normal, in order. */
	public List<Path> requested() {
		return loaded.requested().stream().map(p -> p.toAbsolutePath().normalize()).toList();
	}

	/** The findings in one file. */
	public List<SvcDiagnostic> findingsOf(Path file) {
		Path normal = file.toAbsolutePath().normalize();
		return findings.stream().filter(d -> normal.equals(d.file().toAbsolutePath().normalize())).toList();
	}

	/** The named services of the requested files, in file and text order. */
	public List<Service> services() {
		List<Service> services = new ArrayList<>();
		for (Model model : requestedModels().values()) {
			for (TopLevelElement element : model.getElements()) {
				if (element instanceof Service service && service.getName() != null) {
					services.add(service);
				}
			}
		}
		return services;
	}

	/** An error inside the service's text, or anywhere in its file when the file could not be parsed. */
	public boolean hasErrors(Service service) {
		return firstError(service).isPresent();
	}

	/** The first of the errors that keep the service from being documented (see hasErrors), in text order. */
	public java.util.Optional<SvcDiagnostic> firstError(Service service) {
		Path file = fileOf(service.eResource());
		ICompositeNode node = NodeModelUtils.getNode(service);
		int first = node == null ? 0 : node.getStartLine(), last = node == null ? Integer.MAX_VALUE : node.getEndLine();
		boolean syntax = !service.eResource().getErrors().isEmpty();
		return findingsOf(file).stream().filter(d -> d.severity() == Severity.ERROR && (syntax || d.line() >= first && d.line() <= last))
				.min(java.util.Comparator.comparingInt(SvcDiagnostic::line).thenComparingInt(SvcDiagnostic::column));
	}

	/** The requested files without errors, for an export, in file order. */
	public List<CleanFile> cleanFiles() {
		Path base = folder();
		String prefix = base.getFileName() == null ? "" : base.getFileName() + "/";
		List<CleanFile> clean = new ArrayList<>();
		requestedModels().forEach((file, model) -> {
			if (model.eResource().getErrors().isEmpty() && findingsOf(file).stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
				clean.add(new CleanFile(prefix + base.relativize(file).toString().replace('\\', '/'), model));
			}
		});
		return clean;
	}

	/** The models of the requested files, in the resource set's (load) order. */
	private Map<Path, Model> requestedModels() {
		Set<Path> requested = new HashSet<>(requested());
		Map<Path, Model> models = new java.util.LinkedHashMap<>();
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			Path file = fileOf(resource);
			if (requested.contains(file) && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				models.put(file, model);
			}
		}
		return models;
	}

	public static Path fileOf(Resource resource) {
		return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}
}
