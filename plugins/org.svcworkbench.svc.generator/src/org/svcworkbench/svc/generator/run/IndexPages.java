package org.svcworkbench.svc.generator.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.json.ModelJsonSchema;
import org.svcworkbench.svc.generator.view.FolderOfServices;
import org.svcworkbench.svc.generator.view.NotDocumented;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.SkippedService;
import org.svcworkbench.svc.load.SvcDiagnostic;

/**
 * What a run's index pages list, gathered folder by folder in folder order, from checked folders
 * and unchanged ones alike (so that a rerun's index is a full run's): a small summary per
 * documented service, the services left undocumented and the files with errors; then the pages.
 */
final class IndexPages {
	private final ReportTexts texts;
	/** How the index pages name the run's folders and their files. */
	private final IndexFolderNames names;
	/** The index rows, folder by folder, in folder order. */
	private final Map<Path, List<ServiceSummary>> rows = new LinkedHashMap<>();
	private final List<SkippedService> skippedServices = new ArrayList<>();
	private final List<String> filesWithErrors = new ArrayList<>();

	IndexPages(ReportTexts texts, IndexFolderNames names) {
		this.texts = texts;
		this.names = names;
	}

	IndexFolderNames names() {
		return names;
	}

	/** Takes an unchanged folder's rows, services left undocumented and files with errors, as its manifest entry has them. */
	void listUnchanged(Manifest.Folder old) {
		Path folder = Path.of(old.folder());
		for (Manifest.Service service : old.services()) {
			if (service.summary() != null) {
				list(folder, service.summary());
			}
			if (service.serviceFolder() == null) {
				skip(folder, service);
			}
		}
		noteFilesWithErrors(folder, old.findings(), old.services());
	}

	/** A service's row on the index pages, under its folder (named as model.json names the folder's files). */
	void list(Path folder, ServiceSummary summary) {
		rows.computeIfAbsent(folder, f -> new ArrayList<>()).add(summary);
	}

	/** A service not documented, for the index pages: its file as model.json names it, and its first error's line. */
	void skip(Path folder, Manifest.Service service) {
		String file = names.fileOf(folder, service.whereTheErrorIs());
		skippedServices.add(new SkippedService(service.name(),
				service.errorLine() == null ? file : texts.format("index.skipped.where", file, service.errorLine())));
	}

	/**
	 * A folder's files with errors that no service not documented names (a file of channels or
	 * roles that does not parse, a file that is not UTF-8), each with its first error's line: what
	 * they declare may be missing from the pages.
	 */
	void noteFilesWithErrors(Path folder, List<Manifest.Finding> findings, List<Manifest.Service> services) {
		Set<String> named = new HashSet<>();
		services.stream().filter(service -> service.serviceFolder() == null)
				.forEach(service -> named.add(names.fileOf(folder, service.whereTheErrorIs())));
		Map<String, Integer> firstError = new TreeMap<>();
		for (Manifest.Finding finding : findings) {
			String file = names.fileOf(folder, finding.file());
			if (finding.severity().equals(SvcDiagnostic.Severity.ERROR.name()) && !named.contains(file)) {
				firstError.merge(file, finding.line(), Math::min);
			}
		}
		firstError.forEach((file, line) -> filesWithErrors.add(texts.format("index.skipped.where", file, line)));
	}

	/**
	 * The files of the whole run rather than of one folder, in the formats asked for (a report is
	 * null when its format is not): the HTML and Markdown index pages, and model.json's schema
	 * (model.json itself is streamed by {@link JsonExport}, but listed here).
	 */
	List<GeneratedFile> pages(DocumentationOptions options, HtmlReport html, MarkdownReport markdown) {
		List<FolderOfServices> folders = rows.entrySet().stream()
				.map(folder -> new FolderOfServices(names.of(folder.getKey()), names.anchorOf(folder.getKey()), folder.getValue())).toList();
		NotDocumented left = new NotDocumented(skippedServices, filesWithErrors);
		List<GeneratedFile> pages = new ArrayList<>();
		if (options.writes(Format.HTML)) {
			pages.add(html.indexOfFolders(folders, left, texts));
		}
		if (options.writes(Format.MARKDOWN)) {
			pages.add(markdown.indexOfFolders(folders, left, texts));
		}
		if (options.writes(Format.JSON)) {
			pages.add(GeneratedFile.text(ModelJsonSchema.FILE_NAME, new ModelJsonSchema().schema()));
		}
		return pages;
	}
}
