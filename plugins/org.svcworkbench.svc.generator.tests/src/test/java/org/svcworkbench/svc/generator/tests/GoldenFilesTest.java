package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.checklist.ChecklistBuilder;
import org.svcworkbench.svc.generator.checklist.ChecklistWriters;
import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.generator.view.FolderOfServices;
import org.svcworkbench.svc.generator.view.NotDocumented;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

/**
 * The outputs of the examples (HTML and Markdown reports, checklists, the JSON export) against the
 * reviewed copies in testdata/golden/: a change to what users read shows up as a diff. After an
 * intended change, rewrite them with -Dgolden.update=true and review the diff like code. The HTML
 * pages' inline diagrams are cut to their title: their coordinates come from the installed font's
 * metrics, and the diagram tests check their geometry.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = Path.of(System.getProperty("svc.golden", "testdata/golden"));

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void theExamplesTextOutputsAreTheReviewedOnes(String language) throws IOException {
		Map<String, byte[]> generated = new TreeMap<>();
		List<Service> services = Models.exampleServices();
		List<ServiceView> views = Models.views(services, language);
		ReportTexts texts = ReportTexts.of(language);
		// The pages and indexes as `svc generate examples` writes them: the examples' folders, each with its table, which its pages link back to.
		for (int i = 0; i < services.size(); i++) {
			String folderId = "folder-" + folderOf(services.get(i));
			GeneratedFile markdown = new MarkdownReport().page(views.get(i), folderId, texts);
			generated.put(markdown.path(), markdown.content());
			GeneratedFile file = new HtmlReport().page(views.get(i), folderId, texts);
			generated.put(file.path(), withoutDiagramGeometry(new String(file.content(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		}
		List<FolderOfServices> folders = byFolder(services, views);
		generated.put("index.html", new HtmlReport().indexOfFolders(folders, NotDocumented.NOTHING, texts).content());
		generated.put("README.md", new MarkdownReport().indexOfFolders(folders, NotDocumented.NOTHING, texts).content());
		for (int i = 0; i < services.size(); i++) {
			for (var checklist : new ChecklistBuilder(texts).build(services.get(i), views.get(i), List.of())) {
				for (GeneratedFile file : new ChecklistWriters().write(views.get(i).folder(), checklist)) {
					generated.put(file.path(), file.content());
				}
			}
		}
		List<ModelJson.File> models = new ArrayList<>();
		for (Service service : services) {
			Model model = (Model) service.eContainer();
			if (models.stream().noneMatch(f -> f.model() == model)) {
				models.add(new ModelJson.File(model.eResource().getURI().lastSegment(), model));
			}
		}
		generated.put("model.json", new ModelJson().export(models).getBytes(StandardCharsets.UTF_8));

		Path folder = GOLDEN.resolve(language);
		if (Boolean.getBoolean("golden.update")) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> old = Files.walk(folder)) {
					old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
			for (Map.Entry<String, byte[]> file : generated.entrySet()) {
				Path target = folder.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, file.getValue());
			}
		}
		assertTrue(Files.isDirectory(folder), "no golden files at " + folder.toAbsolutePath() + ": run once with -Dgolden.update=true");
		Map<String, String> expected = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				expected.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
			}
		}
		assertEquals(expected.keySet(), generated.keySet(), "the same files");
		for (Map.Entry<String, String> file : expected.entrySet()) {
			assertEquals(file.getValue(), new String(generated.get(file.getKey()), StandardCharsets.UTF_8),
					file.getKey() + " differs from its golden copy (rewrite with -Dgolden.update=true after an intended change)");
		}
	}

	/** The services' index rows under the folders their files are in, in the examples' order. */
	private static List<FolderOfServices> byFolder(List<Service> services, List<ServiceView> views) {
		Map<String, List<ServiceSummary>> rows = new java.util.LinkedHashMap<>();
		for (int i = 0; i < services.size(); i++) {
			rows.computeIfAbsent(folderOf(services.get(i)), folder -> new ArrayList<>()).add(ServiceSummary.of(views.get(i)));
		}
		return rows.entrySet().stream().map(folder -> new FolderOfServices(folder.getKey(), "folder-" + folder.getKey(), folder.getValue())).toList();
	}

	/** The example folder the service's file is in: "cafe", "car-repair", "hotel". */
	private static String folderOf(Service service) {
		var uri = service.eResource().getURI();
		return uri.segment(uri.segmentCount() - 2);
	}

	/** Each inline SVG reduced to its title, the one part of it that does not depend on the font. */
	static String withoutDiagramGeometry(String html) {
		Matcher svg = INLINE_SVG.matcher(html);
		StringBuilder out = new StringBuilder();
		while (svg.find()) {
			Matcher title = TITLE.matcher(svg.group());
			svg.appendReplacement(out, Matcher.quoteReplacement("<svg>" + (title.find() ? title.group() : "") + "…</svg>"));
		}
		svg.appendTail(out);
		return out.toString();
	}

	private static final Pattern INLINE_SVG = Pattern.compile("(?s)<svg\\b.*?</svg>");
	private static final Pattern TITLE = Pattern.compile("(?s)<title>.*?</title>");
}
