package org.svcworkbench.svc.generator.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Assumptions;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.view.FileNames;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.google.inject.Injector;

/** The services the generator tests document: the examples, or a model text; and their views. */
final class Models {

	static final LocalDate EVENT_DATE = LocalDate.of(2026, 3, 2);
	private static Injector injector;

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static Path examples() {
		Path folder = Path.of(System.getProperty("svc.examples", "../../examples"));
		Assumptions.assumeTrue(Files.isDirectory(folder), "examples/ not found at " + folder.toAbsolutePath());
		return folder;
	}

	/** Every service of the examples meant to be valid (examples/errors is skipped), folder by folder. */
	static List<Service> exampleServices() {
		List<Service> all = new ArrayList<>();
		SvcModelLoader loader = injector().getInstance(SvcModelLoader.class);
		try (Stream<Path> folders = Files.list(examples())) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				if (!folder.getFileName().toString().equals("errors")) {
					for (Map.Entry<Path, List<Path>> entry : SvcFolders.collect(List.of(folder)).entrySet()) {
						var loaded = loader.load(entry.getKey(), entry.getValue());
						for (Resource resource : loaded.resourceSet().getResources()) {
							all.addAll(services(resource));
						}
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return all;
	}

	static Service parse(String text) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createFileURI("/hostile/model.svc"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(set);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("model does not parse: " + resource.getErrors());
		}
		return services(resource).get(0);
	}

	private static List<Service> services(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return List.of();
		}
		return model.getElements().stream().filter(Service.class::isInstance).map(Service.class::cast).toList();
	}

	static List<ServiceView> views(List<Service> services, String language) {
		DiagramLanguage diagramLanguage = DiagramLanguage.of(language);
		ServiceViewBuilder builder = new ServiceViewBuilder(ReportTexts.of(language),
				new ServiceDiagrams(DiagramFont.installed(), diagramLanguage), EVENT_DATE);
		FileNames folders = new FileNames();
		return services.stream().map(s -> builder.build(s, folders.folderFor(s.getName()))).toList();
	}

	/** The generated files as text by path, sorted. */
	static Map<String, String> pages(List<org.svcworkbench.svc.generator.GeneratedFile> files) {
		Map<String, String> pages = new java.util.TreeMap<>();
		files.forEach(f -> pages.put(f.path(), new String(f.content(), StandardCharsets.UTF_8)));
		return pages;
	}

	private Models() {
	}
}
