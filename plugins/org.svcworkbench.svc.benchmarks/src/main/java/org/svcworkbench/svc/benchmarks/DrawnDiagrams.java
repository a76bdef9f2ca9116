package org.svcworkbench.svc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

/** Every diagram of the services in .svc files and folders, drawn in English, by "service/kind-name", for the picture benchmarks. */
final class DrawnDiagrams {
	private DrawnDiagrams() {
	}

	/** A picture benchmark's command line: .svc files and folders, and --rounds N. */
	record Arguments(List<Path> paths, int rounds) {
		static Arguments parse(String[] args, int defaultRounds) {
			List<Path> paths = new ArrayList<>();
			int rounds = defaultRounds;
			for (int i = 0; i < args.length; i++) {
				if (args[i].equals("--rounds")) {
					rounds = Integer.parseInt(args[++i]);
				} else {
					paths.add(Path.of(args[i]));
				}
			}
			return new Arguments(paths, rounds);
		}
	}

	static Map<String, ServiceDiagrams.Drawn> of(List<Path> paths) throws IOException {
		XtextResourceSet models = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		for (Path path : paths) {
			try (Stream<Path> walk = Files.walk(path)) {
				for (Path file : walk.filter(f -> f.toString().endsWith(".svc")).sorted().toList()) {
					models.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
				}
			}
		}
		ServiceDiagrams diagrams = new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.EN);
		Map<String, ServiceDiagrams.Drawn> drawn = new LinkedHashMap<>();
		for (Resource resource : models.getResources()) {
			for (var element : ((Model) resource.getContents().get(0)).getElements()) {
				if (element instanceof Service service) {
					for (ServiceDiagrams.Drawn diagram : diagrams.draw(service, List.of(ServiceDiagrams.Kind.values()))) {
						drawn.put(service.getName() + "/" + diagram.kind().code() + (diagram.name() == null ? "" : "-" + diagram.name()), diagram);
					}
				}
			}
		}
		return drawn;
	}
}
