package org.svcworkbench.svc.generator;

import java.util.List;

import org.svcworkbench.svc.generator.view.FolderOfServices;
import org.svcworkbench.svc.generator.view.NotDocumented;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;

/**
 * The HTML documentation: {@code index.html} listing every service, and {@code <service>/index.html}
 * with a section per area of the model and its diagrams inline. Self-contained pages: inline CSS,
 * no scripts, no network. A pure function of its input.
 */
public final class HtmlReport {

	private final ReportPages pages = new ReportPages(new Templates(true), "html", "index.html", false);

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

	/** One service's page. */
	public GeneratedFile page(ServiceView service, ReportTexts texts) {
		return pages.page(service, texts);
	}

	/** One service's page, its link to the index going to the part of the index with the id (that of its folder). */
	public GeneratedFile page(ServiceView service, String folderId, ReportTexts texts) {
		return pages.page(service, folderId, texts);
	}
}
