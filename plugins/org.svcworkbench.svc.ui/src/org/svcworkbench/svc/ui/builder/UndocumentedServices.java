package org.svcworkbench.svc.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.words.Findings;

/**
 * A warning on each service the documentation leaves out because it needs a file of its folder
 * that does not parse (see {@link CheckedFolder#firstError}): that file's error marker is on the
 * other file, and the service's own would show nothing while its pages are missing.
 */
final class UndocumentedServices {

	static final String CODE = "svc.documentation.needs-broken-file";

	private UndocumentedServices() {
	}

	/** The folder's findings with such a warning added for each of those services, at its first line. */
	static List<SvcDiagnostic> withWarnings(CheckedFolder checked, Findings findings) {
		List<SvcDiagnostic> all = new ArrayList<>(checked.findings());
		for (Service service : checked.services()) {
			Path own = CheckedFolder.fileOf(service.eResource());
			checked.firstError(service).filter(error -> !error.file().toAbsolutePath().normalize().equals(own)).ifPresent(error -> {
				ICompositeNode node = NodeModelUtils.getNode(service);
				all.add(new SvcDiagnostic(own, node == null ? 1 : node.getStartLine(), 1, SvcDiagnostic.Severity.WARNING,
						findings.text("documentation.needs-broken-file", service.getName(), error.file().getFileName(), error.line()), CODE));
			});
		}
		return all;
	}
}
