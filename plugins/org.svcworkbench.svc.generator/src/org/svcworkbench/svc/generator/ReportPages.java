package org.svcworkbench.svc.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;

/** A report as pages: one index at the top of the output, one page per service in its folder, the same file name for all. */
final class ReportPages {

	private final Templates templates;
	private final String templateFolder;
	private final String fileName;

	ReportPages(Templates templates, String templateFolder, String fileName) {
		this.templates = templates;
		this.templateFolder = templateFolder;
		this.fileName = fileName;
	}

	List<GeneratedFile> generate(List<ServiceView> services, ReportTexts texts) {
		List<GeneratedFile> files = new ArrayList<>();
		files.add(GeneratedFile.text(fileName, templates.render(templateFolder + "/index", Map.of("t", texts.all(), "services", services))));
		for (ServiceView service : services) {
			files.add(GeneratedFile.text(service.folder() + "/" + fileName,
					templates.render(templateFolder + "/service", Map.of("t", texts.all(), "s", service))));
		}
		return files;
	}
}
