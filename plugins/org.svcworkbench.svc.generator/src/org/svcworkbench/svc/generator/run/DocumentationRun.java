package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Rendered;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.checklist.Checklist;
import org.svcworkbench.svc.generator.checklist.ChecklistBuilder;
import org.svcworkbench.svc.generator.checklist.ChecklistWriters;
import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.generator.json.ModelJsonSchema;
import org.svcworkbench.svc.generator.view.FileNames;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

/**
 * One documentation run over folder models, shared by the command line and the Maven plugin:
 * load and validate each folder, then write, per service without errors, its diagrams, report
 * pages and checklists, and at the end the index pages and the JSON export. Services whose text
 * has errors are skipped and reported; the others are still documented.
 */
public final class DocumentationRun {

	/** Where a run's findings and progress go: the command line prints them, the Maven plugin logs them. */
	public interface Listener {
		/** Every finding of validation, errors and warnings and information, in file and line order. */
		void finding(SvcDiagnostic diagnostic);

		/** A service left undocumented because its text has errors. */
		void skipped(Path file, String service);

		/** Glyphs of the models' text that the diagrams' font lacks: they show as boxes. */
		void missingGlyphs(String glyphs, String fontFamily, String fontPackage);

		/** The run has checked or documented {@code done} of {@code total} files. */
		default void progress(int done, int total) {
		}
	}

	/** What a run did; it failed when the model has errors, or warnings under failOnWarning. */
	public record Outcome(int files, int written, int documented, int skipped, int errors, int warnings, boolean failed) {
	}

	private final SvcModelLoader loader;
	private final DocumentationOptions options;
	private final ServiceDiagrams drawer;
	private final ReportTexts texts;
	private final Listener listener;

	public DocumentationRun(SvcModelLoader loader, DocumentationOptions options, DiagramFont font, Listener listener) {
		this.loader = loader;
		this.options = options;
		this.drawer = new ServiceDiagrams(font, options.language());
		this.texts = ReportTexts.of(options.language().code());
		this.listener = listener;
	}

	/** Documents the folder models (folder → its .svc files, as {@link SvcModelLoader#collect} gives them) into the output folder. */
	public Outcome run(Map<Path, List<Path>> folders, OutputFolder output) throws IOException {
		ServiceViewBuilder views = new ServiceViewBuilder(texts, drawer, options.eventDate());
		ChecklistBuilder checklists = new ChecklistBuilder(texts);
		FileNames serviceFolders = new FileNames();
		List<ServiceView> reported = new ArrayList<>();
		List<ModelJson.File> exported = new ArrayList<>();
		Set<String> missingGlyphs = new LinkedHashSet<>();
		int total = folders.values().stream().mapToInt(List::size).sum(), done = 0;
		int documented = 0, skipped = 0, errors = 0, warnings = 0;
		try (var all = CheckedFolder.checkAll(loader, folders); ParallelPictures pictures = new ParallelPictures(output)) {
			for (CheckedFolder checked : all) {
				checked.findings().forEach(listener::finding);
				errors += checked.errors();
				warnings += checked.warnings();
				if (options.writes(Format.JSON)) {
					exportable(checked.loaded().folder(), checked.loaded(), checked.findings(), exported); // keeps the models alive
				}
				for (Service service : requestedServices(checked.loaded())) {
					Path file = fileOf(service.eResource());
					if (hasErrors(service, file, checked.findings())) {
						skipped++;
						listener.skipped(file, service.getName());
						continue;
					}
					if (document(service, file, checked.findings(), serviceFolders.folderFor(service.getName()), views, checklists, output,
							pictures, reported, missingGlyphs)) {
						documented++;
					}
				}
				done += checked.loaded().requested().size();
				listener.progress(done, total);
			}
			pictures.drain();
		}
		List<GeneratedFile> pages = new ArrayList<>();
		if (options.writes(Format.HTML)) {
			pages.addAll(new HtmlReport().generate(reported, texts));
		}
		if (options.writes(Format.MARKDOWN)) {
			pages.addAll(new MarkdownReport().generate(reported, texts));
		}
		if (options.writes(Format.JSON)) {
			pages.add(GeneratedFile.text("model.json", new ModelJson().export(exported)));
			pages.add(GeneratedFile.text(ModelJsonSchema.FILE_NAME, new ModelJsonSchema().schema()));
		}
		for (GeneratedFile page : pages) {
			output.write(page);
		}
		if (!missingGlyphs.isEmpty()) {
			String glyphs = String.join("", missingGlyphs).codePoints().limit(20)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
			listener.missingGlyphs(glyphs, drawer.font().family(), DiagramFont.FONT_PACKAGE);
		}
		boolean failed = errors > 0 || options.failOnWarning() && warnings > 0;
		return new Outcome(total, output.written(), documented, skipped, errors, warnings, failed);
	}

	/** Writes one service's files; false when the options ask for nothing this service has. */
	private boolean document(Service service, Path file, List<SvcDiagnostic> findings, String serviceFolder, ServiceViewBuilder views,
			ChecklistBuilder checklists, OutputFolder output, ParallelPictures pictures, List<ServiceView> reported,
			Set<String> missingGlyphs) throws IOException {
		// Drawn once: the HTML report inlines every kind, the files hold the kinds asked for.
		List<Kind> drawnKinds = options.views() ? List.of(Kind.values()) : options.diagramFiles() ? options.diagrams() : List.of();
		List<Rendered> rendered = drawer.render(service, drawnKinds);
		List<Rendered> files = options.diagramFiles()
				? rendered.stream().filter(r -> options.diagrams().contains(r.drawn().kind())).toList()
				: List.of();
		if (files.isEmpty() && !options.views() && !options.writes(Format.JSON)) {
			return false;
		}
		for (Rendered diagram : files) {
			collectMissingGlyphs(diagram.drawn().scene().shapes(), drawer.font(), missingGlyphs);
			String base = serviceFolder + "/" + FileNames.diagram(diagram.drawn().kind().code(), diagram.drawn().name());
			if (options.writes(Format.SVG) || options.writes(Format.MARKDOWN)) {
				output.write(new GeneratedFile(base + ".svg", diagram.svg().getBytes(StandardCharsets.UTF_8)));
			}
			if (options.writes(Format.PNG)) {
				String svg = diagram.svg();
				pictures.submit(base + ".png", () -> drawer.png(svg, PngRenderer.DEFAULT_SCALE));
			}
		}
		if (options.views()) {
			ServiceView view = views.build(service, serviceFolder, rendered);
			reported.add(view);
			if (options.writes(Format.CHECKLISTS)) {
				List<SvcDiagnostic> ofFile = findings.stream().filter(d -> file.equals(d.file().toAbsolutePath().normalize())).toList();
				for (Checklist checklist : checklists.build(service, view, ofFile)) {
					for (GeneratedFile generated : new ChecklistWriters().write(serviceFolder, checklist)) {
						output.write(generated);
					}
				}
			}
		}
		return true;
	}

	/** An error inside the service's text, or anywhere in its file when the file could not be parsed. */
	private static boolean hasErrors(Service service, Path file, List<SvcDiagnostic> findings) {
		ICompositeNode node = NodeModelUtils.getNode(service);
		int first = node == null ? 0 : node.getStartLine(), last = node == null ? Integer.MAX_VALUE : node.getEndLine();
		boolean syntax = !service.eResource().getErrors().isEmpty();
		return findings.stream().anyMatch(d -> d.severity() == Severity.ERROR && file.equals(d.file().toAbsolutePath().normalize())
				&& (syntax || d.line() >= first && d.line() <= last));
	}

	private static void collectMissingGlyphs(List<Shape> shapes, DiagramFont font, Set<String> missing) {
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Text text) {
				font.missingGlyphs(text.text()).codePoints().forEach(c -> missing.add(Character.toString(c)));
			} else if (shape instanceof Shape.Group group) {
				collectMissingGlyphs(group.children(), font, missing);
			}
		}
	}

	/** The files the user named that have no errors, for the JSON export, filed under their folder's name. */
	public static void exportable(Path folder, LoadedFolder loaded, List<SvcDiagnostic> findings, List<ModelJson.File> exported) {
		Set<Path> requested = requested(loaded);
		Path base = folder.toAbsolutePath().normalize();
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			Path file = fileOf(resource);
			boolean clean = resource.getErrors().isEmpty() && findings.stream()
					.noneMatch(d -> d.severity() == Severity.ERROR && file.equals(d.file().toAbsolutePath().normalize()));
			if (requested.contains(file) && clean && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				String name = base.getFileName() == null ? "" : base.getFileName() + "/";
				exported.add(new ModelJson.File(name + base.relativize(file).toString().replace('\\', '/'), model));
			}
		}
	}

	/** The named services of the files the user named (not of their sibling files), in file order. */
	private static List<Service> requestedServices(LoadedFolder loaded) {
		Set<Path> requested = requested(loaded);
		List<Service> services = new ArrayList<>();
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			if (requested.contains(fileOf(resource)) && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Model model) {
				for (EObject element : model.getElements()) {
					if (element instanceof Service service && service.getName() != null) {
						services.add(service);
					}
				}
			}
		}
		return services;
	}

	private static Set<Path> requested(LoadedFolder loaded) {
		Set<Path> requested = new HashSet<>();
		loaded.requested().forEach(p -> requested.add(p.toAbsolutePath().normalize()));
		return requested;
	}

	private static Path fileOf(Resource resource) {
		return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}
}
