package org.svcworkbench.svc.generator;

import java.util.List;

import org.svcworkbench.svc.generator.view.FolderOfServices;
import org.svcworkbench.svc.generator.view.NotDocumented;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;

/**
 * The documentation as GitHub-flavoured Markdown: {@code README.md} listing the services and
 * {@code <service>/README.md} (a Git host shows it when the folder is opened), with tables for the
 * tabular parts and the diagrams as links to the SVG files beside it. A pure function of its input.
 */
public final class MarkdownReport {

	private final ReportPages pages = new ReportPages(new Templates(false), "md", "README.md", true);

	public List<GeneratedFile> generate(List<ServiceView> services, ReportTexts texts) {
		return pages.generate(services, texts);
	}

	/** The index page listing the services, from their summaries. */
	public GeneratedFile index(List<ServiceSummary> services, ReportTexts texts) {
		return pages.index(services, NotDocumented.NOTHING, texts);
	}

	/** The same, naming the services the run could not document and the other files with errors. */
	public GeneratedFile index(List<ServiceSummary> services, NotDocumented left, ReportTexts texts) {
		return pages.index(services, left, texts);
	}

	/** The index page listing the services folder by folder (one table when they are of one folder), and what was left out. */
	public GeneratedFile indexOfFolders(List<FolderOfServices> folders, NotDocumented left, ReportTexts texts) {
		return pages.indexOfFolders(folders, left, texts);
	}

	/** One service's page, linking back to the top of the index. */
	public GeneratedFile page(ServiceView service, ReportTexts texts) {
		return pages.page(service, texts);
	}

	/** One service's page, linking back to its folder's part of the index (id null: to the index's top). */
	public GeneratedFile page(ServiceView service, String folderId, ReportTexts texts) {
		return pages.page(service, folderId, texts);
	}
}
