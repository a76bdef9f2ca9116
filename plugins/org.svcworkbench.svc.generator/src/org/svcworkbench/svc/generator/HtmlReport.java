package org.svcworkbench.svc.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;

/**
 * The HTML documentation: {@code index.html} listing every service, and {@code <service>/index.html}
 * with a section per area of the model and its diagrams inline. Self-contained pages: inline CSS,
 * no scripts, no network. A pure function of its input.
 */
public final class HtmlReport {

	private final Templates templates = new Templates();

	public List<GeneratedFile> generate(List<ServiceView> services, ReportTexts texts) {
		List<GeneratedFile> files = new ArrayList<>();
		files.add(GeneratedFile.text("index.html", templates.render("html/index", Map.of("t", texts.all(), "services", services))));
		for (ServiceView service : services) {
			files.add(GeneratedFile.text(service.folder() + "/index.html",
					templates.render("html/service", Map.of("t", texts.all(), "s", service))));
		}
		return files;
	}
}
