package org.svcworkbench.svc.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.generator.view.FolderOfServices;
import org.svcworkbench.svc.generator.view.NotDocumented;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;

/** A report as pages: one index at the top of the output, one page per service in its folder, the same file name for all. */
final class ReportPages {

	private final Templates templates;
	private final String templateFolder;
	private final String fileName;
	/** Markdown: the index's links go to the anchors a Markdown host makes of its headings; HTML gives its sections ids. */
	private final boolean markdown;

	ReportPages(Templates templates, String templateFolder, String fileName, boolean markdown) {
		this.templates = templates;
		this.templateFolder = templateFolder;
		this.fileName = fileName;
		this.markdown = markdown;
	}

	List<GeneratedFile> generate(List<ServiceView> services, ReportTexts texts) {
		List<GeneratedFile> files = new ArrayList<>();
		files.add(index(services.stream().map(ServiceSummary::of).toList(), NotDocumented.NOTHING, texts));
		for (ServiceView service : services) {
			files.add(page(service, texts));
		}
		return files;
	}

	/** A portfolio on the index: its title, description and the services of this run that belong to it. */
	public record PortfolioGroup(String title, String description, List<ServiceSummary> services) {
	}

	/**
	 * A folder's part of the index: its heading, the anchor the contents link to, the id its
	 * services' pages link back to ("" if none), how many services it lists, and their rows. In
	 * HTML the anchor is the id; in Markdown the host makes the anchor of the heading, which a
	 * service's page cannot know when it is written (it depends on the other folders' headings),
	 * so the heading carries the id as well.
	 */
	public record FolderGroup(String name, String anchor, String id, String size, List<ServiceSummary> services) {
	}

	/** The index of services of one table, as a single folder's are listed. */
	GeneratedFile index(List<ServiceSummary> services, NotDocumented left, ReportTexts texts) {
		return indexOfFolders(List.of(new FolderOfServices("", services)), left, texts);
	}

	/**
	 * The index at the top of the output, from the services' summaries, and what was left out
	 * because of errors (services, other files): named at the end, and counted at the top, where a
	 * reader of a portfolio sees it without passing a thousand rows. Services of more than one
	 * folder are listed folder by folder, under a line that counts them and links to each folder.
	 */
	GeneratedFile indexOfFolders(List<FolderOfServices> folders, NotDocumented left, ReportTexts texts) {
		List<FolderOfServices> listed = folders.stream().filter(folder -> !folder.services().isEmpty()).toList();
		List<ServiceSummary> services = listed.stream().flatMap(folder -> folder.services().stream()).toList();
		Map<ServiceView.Portfolio, List<ServiceSummary>> members = new java.util.LinkedHashMap<>();
		for (ServiceSummary service : services) {
			service.portfolios().forEach(p -> members.computeIfAbsent(p, k -> new ArrayList<>()).add(service));
		}
		List<PortfolioGroup> portfolios = members.entrySet().stream()
				.map(e -> new PortfolioGroup(e.getKey().title(), e.getKey().description(), e.getValue())).toList();
		boolean grouped = listed.size() > 1;
		MarkdownAnchors anchors = new MarkdownAnchors();
		anchors.next(texts.get("index.title"));
		if (!portfolios.isEmpty()) {
			anchors.next(texts.get("index.portfolios"));
		}
		if (!portfolios.isEmpty() || grouped) {
			anchors.next(texts.get("index.services"));
		}
		List<FolderGroup> groups = new ArrayList<>();
		for (FolderOfServices folder : grouped ? listed : List.<FolderOfServices> of()) {
			String anchor = markdown ? anchors.next(folder.name()) : folder.id() != null ? folder.id() : "folder-" + (groups.size() + 1);
			groups.add(new FolderGroup(folder.name(), anchor, folder.id() == null ? "" : folder.id(),
					texts.format("index.folder.size", folder.services().size()), folder.services()));
		}
		String skippedAnchor = markdown ? anchors.next(texts.get("index.skipped")) : "not-documented";
		Map<String, Object> page = new java.util.HashMap<>(Map.of("t", texts.all(), "services", services, "portfolios", portfolios, "skipped",
				left.services(), "files", left.files(), "notice", notice(services.size(), left, texts), "skippedAnchor", skippedAnchor));
		page.put("folders", groups);
		// One folder's table, without a heading, still has the id its services' pages link back to.
		page.put("tableId", !grouped && listed.size() == 1 && listed.get(0).id() != null ? listed.get(0).id() : "");
		page.put("foldersLine", grouped ? texts.format("index.folders", services.size(), groups.size()) : "");
		return new GeneratedFile(fileName, templates.render(templateFolder + "/index", page));
	}

	/** The line above the table: how many services are not documented, and how many other files have errors; empty when none. */
	private static String notice(int documented, NotDocumented left, ReportTexts texts) {
		int skipped = left.services().size(), files = left.files().size();
		if (skipped == 0) {
			return files == 0 ? "" : texts.format("index.files.notice", files);
		}
		String services = texts.format("index.skipped.notice", skipped, documented + skipped);
		return files == 0 ? services : texts.format("index.files.also", files, services);
	}

	/** One service's page in its folder, linking back to the top of the index. */
	GeneratedFile page(ServiceView service, ReportTexts texts) {
		return page(service, null, texts);
	}

	/** One service's page in its folder, linking back to its folder's part of the index (id null: to the index's top). */
	GeneratedFile page(ServiceView service, String folderId, ReportTexts texts) {
		return new GeneratedFile(service.folder() + "/" + fileName, templates.render(templateFolder + "/service",
				Map.of("t", texts.all(), "s", service, "back", folderId == null ? "" : "#" + folderId)));
	}
}
