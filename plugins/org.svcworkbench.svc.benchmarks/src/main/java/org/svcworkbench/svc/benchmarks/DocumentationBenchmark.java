package org.svcworkbench.svc.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.checklist.Checklist;
import org.svcworkbench.svc.generator.checklist.ChecklistBuilder;
import org.svcworkbench.svc.generator.checklist.ChecklistWriters;
import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.generator.view.FileNames;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.google.inject.Injector;

/**
 * Warm documentation throughput in one JVM, as the Maven plugin and the language server run it:
 * load (parse and link), validate, then every generator (service views with their diagrams drawn
 * and written as SVG, HTML, Markdown, the five checklists in three formats, the JSON export) for a
 * synthetic corpus of 1,000 and 2,000 services (20 files per folder model). Files are generated in
 * memory, not written. Prints the median of several rounds per stage.
 *
 * <pre>releng/scripts/benchmark-documentation.sh [services] [rounds]</pre>
 */
public final class DocumentationBenchmark {

	private static final int FILES_PER_FOLDER = 20;

	private final Injector injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
	private final ReportTexts texts = ReportTexts.of("en");
	private final ServiceDiagrams diagrams = new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.EN);

	public static void main(String[] args) {
		int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		DocumentationBenchmark benchmark = new DocumentationBenchmark();
		double one = benchmark.measure(services, rounds);
		double two = benchmark.measure(2 * services, rounds);
		System.out.printf("%,d services take %.2fx the time of %,d%n", 2 * services, two / one, services);
	}

	double measure(int services, int rounds) {
		run(services); // warm-up: lets the JIT compile the hot paths; not counted
		List<Map<String, Double>> all = new ArrayList<>();
		for (int r = 0; r < rounds; r++) {
			all.add(run(services));
		}
		StringBuilder line = new StringBuilder(String.format("%,d services, median of %d:", services, rounds));
		double total = 0;
		for (String stage : all.get(0).keySet()) {
			double median = all.stream().mapToDouble(m -> m.get(stage)).sorted().toArray()[rounds / 2];
			total += median;
			line.append(String.format(" %s %.2f s |", stage, median));
		}
		System.out.println(line.append(String.format(" total %.2f s", total)));
		return total;
	}

	private Map<String, Double> run(int services) {
		System.gc();
		Map<String, Double> seconds = new LinkedHashMap<>();
		long t = System.nanoTime();
		List<XtextResourceSet> folders = load(services);
		t = lap(seconds, "load", t);
		Map<Resource, List<SvcDiagnostic>> findings = new LinkedHashMap<>();
		for (XtextResourceSet set : folders) {
			for (Resource resource : set.getResources()) {
				findings.put(resource, diagnostics(resource, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
			}
		}
		t = lap(seconds, "validate", t);
		ServiceViewBuilder builder = new ServiceViewBuilder(texts, diagrams, LocalDate.of(2026, 3, 2));
		FileNames names = new FileNames();
		List<ServiceView> views = new ArrayList<>();
		List<Service> all = new ArrayList<>();
		List<ModelJson.File> files = new ArrayList<>();
		for (Resource resource : findings.keySet()) {
			Model model = (Model) resource.getContents().get(0);
			files.add(new ModelJson.File(resource.getURI().lastSegment(), model));
			for (var element : model.getElements()) {
				if (element instanceof Service service) {
					all.add(service);
					views.add(builder.build(service, names.folderFor(service.getName())));
				}
			}
		}
		t = lap(seconds, "views+diagrams", t);
		long bytes = new HtmlReport().generate(views, texts).stream().mapToLong(f -> f.content().length).sum();
		t = lap(seconds, "html", t);
		bytes += new MarkdownReport().generate(views, texts).stream().mapToLong(f -> f.content().length).sum();
		t = lap(seconds, "md", t);
		ChecklistBuilder checklists = new ChecklistBuilder(texts);
		ChecklistWriters writers = new ChecklistWriters();
		for (int i = 0; i < all.size(); i++) {
			for (Checklist checklist : checklists.build(all.get(i), views.get(i), findings.get(all.get(i).eResource()))) {
				bytes += writers.write(views.get(i).folder(), checklist).stream().mapToLong(f -> f.content().length).sum();
			}
		}
		t = lap(seconds, "checklists", t);
		bytes += new ModelJson().export(files).length();
		lap(seconds, "json", t);
		if (bytes == 0) {
			throw new IllegalStateException("nothing generated");
		}
		return seconds;
	}

	private static long lap(Map<String, Double> seconds, String stage, long since) {
		long now = System.nanoTime();
		seconds.put(stage, (now - since) / 1e9);
		return now;
	}

	private List<XtextResourceSet> load(int services) {
		List<XtextResourceSet> folders = new ArrayList<>();
		XtextResourceSet set = null;
		for (int i = 0; i < services; i++) {
			if (i % FILES_PER_FOLDER == 0) {
				set = injector.getInstance(XtextResourceSet.class);
				folders.add(set);
			}
			Resource resource = set.createResource(URI.createFileURI("/corpus/f" + i / FILES_PER_FOLDER + "/s" + i + ".svc"));
			try {
				resource.load(new ByteArrayInputStream(SyntheticModels.service(i).getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		folders.forEach(EcoreUtil::resolveAll);
		return folders;
	}

	private static List<SvcDiagnostic> diagnostics(Resource resource, List<Issue> issues) {
		List<SvcDiagnostic> result = new ArrayList<>();
		for (Issue issue : issues) {
			SvcDiagnostic.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> SvcDiagnostic.Severity.ERROR;
			case WARNING -> SvcDiagnostic.Severity.WARNING;
			default -> SvcDiagnostic.Severity.INFO;
			};
			result.add(new SvcDiagnostic(Path.of(resource.getURI().path()), issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
					issue.getColumn() == null ? 0 : issue.getColumn(), severity, issue.getMessage(), issue.getCode()));
		}
		return result;
	}
}
