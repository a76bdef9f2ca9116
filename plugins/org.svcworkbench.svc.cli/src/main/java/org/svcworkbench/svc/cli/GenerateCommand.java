package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
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

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * svc generate: diagrams of every service, one file per service and diagram under
 * {@code <out>/<service>/}, e.g. {@code out/CarRepair/blueprint-reception.svg}, {@code journey.svg},
 * {@code matrix-lifecycle.svg}. Reports will join them in the same service folders.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Writes the documentation of the services in .svc files: <out>/index.html and README.md listing them,",
				"and per service <out>/<service>/index.html and README.md, checklists/, and its diagrams: blueprint-<name>,",
				"journey and matrix-<name> as SVG and PNG; <out>/model.json is the whole model, with its JSON Schema.",
				"Names keep Chinese, other unsafe characters become _. Services without a diagram's content get no file for it.",
				"Services whose file has errors are reported and skipped; the others are still documented." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:all documentation written",
				"1:the model has errors, or warnings with --fail-on warning (the services without errors were still documented)",
				"2:bad command line, a path that does not exist, or a file that could not be written" })
class GenerateCommand implements Callable<Integer> {

	private static final Set<String> FORMATS = Set.of("html", "md", "checklists", "json", "svg", "png");

	@Mixin
	ModelPaths input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
	Path output;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html,md,checklists,json,svg,png",
			description = { "html, md, checklists, json, svg, png, or a list of them; default all. html writes index.html and a report",
					"per service with its diagrams inline; md writes README.md files that link to the SVG files (so it writes them",
					"too); checklists writes five checklists per service into <service>/checklists/ as Markdown, CSV and JSON;",
					"json writes model.json, the whole model, and its JSON Schema svc-model.schema.json;",
					"PNG is drawn from the SVG at twice its size." })
	List<String> formats;

	@Option(names = "--diagram", split = ",", paramLabel = "KIND", defaultValue = "blueprint,journey,matrix",
			description = "which diagrams: blueprint, journey, matrix, or a list of them; default all three")
	List<String> diagrams;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
			description = "language of the reports and of the diagrams' own words (lanes, legends): en or zh")
	String lang;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "the date the standards' events happen on, for their due dates in the reports; default today")
	LocalDate date;

	@Option(names = "--fail-on", paramLabel = "LEVEL", description = "warning: exit 1 when the model has warnings too (errors always fail)")
	String failOn;

	@Option(names = { "-q", "--quiet" }, description = "no summary line")
	boolean quiet;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		DiagramLanguage language;
		List<Kind> kinds = new ArrayList<>();
		Set<String> wanted = new LinkedHashSet<>();
		try {
			language = DiagramLanguage.of(lang);
			if (failOn != null && !failOn.equalsIgnoreCase("warning") && !failOn.equalsIgnoreCase("error")) {
				throw new IllegalArgumentException("unknown --fail-on level '" + failOn + "': use warning (or error, the default)");
			}
			for (String kind : diagrams) {
				kinds.add(Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
			}
			for (String format : formats) {
				String f = format.strip().toLowerCase(Locale.ROOT);
				if (!FORMATS.contains(f)) {
					throw new IllegalArgumentException(
							"unknown format '" + format + "': use html, md, checklists, json, svg, png or a list of them");
				}
				wanted.add(f);
			}
		} catch (IllegalArgumentException e) {
			err.println("svc generate: " + (e.getMessage().startsWith("No enum") ? "unknown diagram kind in " + diagrams
					+ ": use blueprint, journey or matrix" : e.getMessage()));
			return 2;
		}
		// Fonts and ELK load on the second core while this one sets up Xtext and reads the models.
		CompletableFuture<DiagramFont> font = CompletableFuture.supplyAsync(() -> ServiceDiagrams.warmedUpFont(language));
		Optional<Map<Path, List<Path>>> collected = input.collect(err);
		if (collected.isEmpty()) {
			return 2;
		}
		boolean failOnWarning = "warning".equalsIgnoreCase(failOn);
		Path root = output.toAbsolutePath().normalize();
		try {
			Files.createDirectories(root);
			AtomicFiles.removeLeftovers(root);
		} catch (IOException e) {
			err.println("svc generate: cannot create the output folder " + output + ": " + e.getMessage());
			return 2;
		}
		SvcModelLoader loader = input.loader();
		ServiceDiagrams drawer = new ServiceDiagrams(font.join(), language);
		ReportTexts texts = ReportTexts.of(language.code());
		ServiceViewBuilder views = new ServiceViewBuilder(texts, drawer, date == null ? LocalDate.now() : date);
		ChecklistBuilder checklists = new ChecklistBuilder(texts);
		FileNames folders = new FileNames();
		List<ServiceView> reported = new ArrayList<>();
		List<ModelJson.File> exported = new ArrayList<>();
		int written = 0, documented = 0, skipped = 0, errors = 0, warnings = 0;
		Set<String> missingGlyphs = new LinkedHashSet<>();
		try {
			for (Map.Entry<Path, List<Path>> folder : collected.get().entrySet()) {
				ModelPaths.Checked checked = input.check(loader, folder, err, failOnWarning);
				LoadedFolder loaded = checked.loaded();
				List<SvcDiagnostic> findings = checked.findings();
				errors += checked.errors();
				warnings += checked.warnings();
				exportable(folder.getKey(), loaded, findings, exported);
				for (Service service : requestedServices(loaded)) {
					Path file = Path.of(service.eResource().getURI().toFileString()).toAbsolutePath().normalize();
					if (hasErrors(service, file, findings)) {
						skipped++;
						err.println(file + ": service '" + service.getName() + "' has errors: no documentation for it.");
						continue;
					}
					boolean diagramFiles = wanted.contains("svg") || wanted.contains("png") || wanted.contains("md");
					List<Drawn> drawn = diagramFiles ? drawer.draw(service, kinds) : List.of();
					boolean reports = wanted.contains("html") || wanted.contains("md") || wanted.contains("checklists");
					if (drawn.isEmpty() && !reports && !wanted.contains("json")) {
						continue;
					}
					documented++;
					String serviceFolder = folders.folderFor(service.getName());
					for (Drawn diagram : drawn) {
						noteMissingGlyphs(diagram, drawer.font(), missingGlyphs);
						String svg = drawer.svg(diagram.scene());
						String base = serviceFolder + "/" + FileNames.diagram(diagram.kind().code(), diagram.name());
						if (wanted.contains("svg") || wanted.contains("md")) {
							written += write(root, new GeneratedFile(base + ".svg", svg.getBytes(StandardCharsets.UTF_8)));
						}
						if (wanted.contains("png")) {
							written += write(root, new GeneratedFile(base + ".png", drawer.png(svg, PngRenderer.DEFAULT_SCALE)));
						}
					}
					if (reports) {
						ServiceView view = views.build(service, serviceFolder);
						reported.add(view);
						if (wanted.contains("checklists")) {
							List<SvcDiagnostic> ofFile = findings.stream().filter(d -> file.equals(d.file().toAbsolutePath().normalize())).toList();
							for (Checklist checklist : checklists.build(service, view, ofFile)) {
								for (GeneratedFile generated : new ChecklistWriters().write(serviceFolder, checklist)) {
									written += write(root, generated);
								}
							}
						}
					}
				}
			}
			List<GeneratedFile> pages = new ArrayList<>();
			if (wanted.contains("html")) {
				pages.addAll(new HtmlReport().generate(reported, texts));
			}
			if (wanted.contains("md")) {
				pages.addAll(new MarkdownReport().generate(reported, texts));
			}
			if (wanted.contains("json")) {
				pages.add(GeneratedFile.text("model.json", new ModelJson().export(exported)));
				pages.add(GeneratedFile.text(ModelJsonSchema.FILE_NAME, new ModelJsonSchema().schema()));
			}
			for (GeneratedFile page : pages) {
				written += write(root, page);
			}
		} catch (IOException e) {
			err.println("svc generate: cannot write into " + output + ": " + e.getMessage());
			return 2;
		}
		if (!missingGlyphs.isEmpty()) {
			err.println("svc generate: warning: the font " + drawer.font().family() + " has no glyphs for '"
					+ String.join("", missingGlyphs).codePoints().limit(20).collect(StringBuilder::new, StringBuilder::appendCodePoint,
							StringBuilder::append)
					+ "': they show as boxes. Install a font that covers them (on Debian: apt-get install " + DiagramFont.FONT_PACKAGE + ").");
		}
		if (!quiet) {
			out.println("Wrote " + written + " file" + (written == 1 ? "" : "s") + " for " + documented + " service"
					+ (documented == 1 ? "" : "s") + " to " + output + (skipped > 0 ? "; " + skipped + " service"
							+ (skipped == 1 ? "" : "s") + " skipped because of errors" : "") + ".");
		}
		out.flush();
		return errors > 0 || warnings > 0 ? 1 : 0;
	}

	/** An error inside the service's text, or anywhere in its file when the file could not be parsed. */
	private static boolean hasErrors(Service service, Path file, List<SvcDiagnostic> findings) {
		ICompositeNode node = NodeModelUtils.getNode(service);
		int first = node == null ? 0 : node.getStartLine(), last = node == null ? Integer.MAX_VALUE : node.getEndLine();
		boolean syntax = service.eResource().getErrors().size() > 0;
		return findings.stream().anyMatch(d -> d.severity() == Severity.ERROR && file.equals(d.file().toAbsolutePath().normalize())
				&& (syntax || d.line() >= first && d.line() <= last));
	}

	private static void noteMissingGlyphs(Drawn diagram, DiagramFont font, Set<String> missing) {
		collectText(diagram.scene().shapes(), font, missing);
	}

	private static void collectText(List<Shape> shapes, DiagramFont font, Set<String> missing) {
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Text text) {
				font.missingGlyphs(text.text()).codePoints().forEach(c -> missing.add(Character.toString(c)));
			} else if (shape instanceof Shape.Group group) {
				collectText(group.children(), font, missing);
			}
		}
	}

	/** Writes one file atomically under the output root; a path that would leave it is refused. */
	static int write(Path root, GeneratedFile file) throws IOException {
		AtomicFiles.write(inside(root, file.path()), file.content());
		return 1;
	}

	static Path inside(Path root, String relative) {
		Path normal = root.resolve(relative).toAbsolutePath().normalize();
		if (!normal.startsWith(root) || normal.equals(root)) {
			throw new IllegalStateException("refusing to write outside " + root + ": " + relative);
		}
		return normal;
	}

	/** The files the user named that have no errors, for the JSON export, filed under their folder's name. */
	static void exportable(Path folder, LoadedFolder loaded, List<SvcDiagnostic> findings, List<ModelJson.File> exported) {
		Set<Path> requested = new HashSet<>();
		loaded.requested().forEach(p -> requested.add(p.toAbsolutePath().normalize()));
		Path base = folder.toAbsolutePath().normalize();
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			Path file = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
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
		Set<Path> requested = new HashSet<>();
		loaded.requested().forEach(p -> requested.add(p.toAbsolutePath().normalize()));
		List<Service> services = new ArrayList<>();
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			Path file = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
			if (requested.contains(file) && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				for (EObject element : model.getElements()) {
					if (element instanceof Service service && service.getName() != null) {
						services.add(service);
					}
				}
			}
		}
		return services;
	}
}
