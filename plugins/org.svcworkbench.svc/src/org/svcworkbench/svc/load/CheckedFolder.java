package org.svcworkbench.svc.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.TopLevelElement;
import org.svcworkbench.svc.validation.SvcResourceValidator;

/**
 * One folder model, loaded and validated: its findings in file and line order, counted, and what
 * every front end asks of it: which services the user's files declare, which of them have errors,
 * and which files are clean enough to export. unparsed: its files that did not parse (or are not
 * UTF-8), in load order.
 */
public record CheckedFolder(LoadedFolder loaded, List<SvcDiagnostic> findings, int errors, int warnings, List<Resource> unparsed) {

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
		List<Resource> unparsed = loaded.resourceSet().getResources().stream().filter(SvcResourceValidator::hasSyntaxErrors).toList();
		return new CheckedFolder(loaded, List.copyOf(findings), errors, warnings, unparsed);
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

	/**
	 * An error inside the service's text, or anywhere in its file when the file could not be parsed,
	 * or a name it uses that only a file of its folder that could not be parsed would declare.
	 */
	public boolean hasErrors(Service service) {
		return firstError(service).isPresent();
	}

	/** The first of the errors that keep the service from being documented (see hasErrors), in text order. */
	public Optional<SvcDiagnostic> firstError(Service service) {
		Path file = fileOf(service.eResource());
		ICompositeNode node = NodeModelUtils.getNode(service);
		int first = node == null ? 0 : node.getStartLine(), last = node == null ? Integer.MAX_VALUE : node.getEndLine();
		boolean syntax = !service.eResource().getErrors().isEmpty();
		Optional<SvcDiagnostic> own = findingsOf(file).stream().filter(d -> d.severity() == Severity.ERROR && (syntax || d.line() >= first && d.line() <= last))
				.min(IN_TEXT_ORDER);
		return own.isPresent() ? own : brokenFileItNeeds(service);
	}

	private static final Comparator<SvcDiagnostic> IN_TEXT_ORDER = Comparator.comparingInt(SvcDiagnostic::line)
			.thenComparingInt(SvcDiagnostic::column);

	/**
	 * The first error of the folder's first file that could not be parsed, when the service uses a
	 * name that does not resolve: such a name is not reported (it was most likely declared in the
	 * part the parser could not read, see SvcResourceValidator), and documenting the service would
	 * leave it out without a word (an empty "Channels used"). Empty when no file is broken or
	 * every name the service uses resolves.
	 */
	private Optional<SvcDiagnostic> brokenFileItNeeds(Service service) {
		// found once per folder when it is checked: this is asked for every service a run documents
		Resource broken = unparsed.stream().filter(resource -> resource != service.eResource()).findFirst().orElse(null);
		if (broken == null || EcoreUtil.UnresolvedProxyCrossReferencer.find(service).isEmpty()) {
			return Optional.empty();
		}
		Path file = fileOf(broken);
		Optional<SvcDiagnostic> reported = findingsOf(file).stream().filter(d -> d.severity() == Severity.ERROR).min(IN_TEXT_ORDER);
		if (reported.isPresent()) {
			return reported;
		}
		Resource.Diagnostic error = broken.getErrors().get(0); // a sibling not asked for: its findings were not kept
		return Optional.of(new SvcDiagnostic(file, Math.max(1, error.getLine()), Math.max(1, error.getColumn()), Severity.ERROR,
				error.getMessage(), error instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic d ? d.getCode() : null));
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
