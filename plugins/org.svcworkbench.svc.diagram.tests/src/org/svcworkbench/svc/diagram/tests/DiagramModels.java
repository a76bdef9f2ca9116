package org.svcworkbench.svc.diagram.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Assumptions;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.google.inject.Injector;

/** Services to draw: the examples, and synthetic blueprints of any size. */
final class DiagramModels {

	private static Injector injector;

	record ServiceBlueprint(String name, Service service, Blueprint blueprint) {
		@Override
		public String toString() {
			return name;
		}
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static Path examples() {
		String configured = System.getProperty("svc.examples");
		Path folder = configured == null ? Path.of("../../examples") : Path.of(configured);
		Assumptions.assumeTrue(Files.isDirectory(folder), "examples folder not found at " + folder.toAbsolutePath()
				+ ": run the tests through Maven (it sets svc.examples)");
		return folder;
	}

	record ExampleService(String name, Service service) {
		@Override
		public String toString() {
			return name;
		}
	}

	/** Every service of every example folder that is meant to be valid (examples/errors is skipped). */
	static List<ExampleService> exampleServices() {
		List<ExampleService> all = new ArrayList<>();
		SvcModelLoader loader = injector().getInstance(SvcModelLoader.class);
		try (Stream<Path> folders = Files.list(examples())) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				if (folder.getFileName().toString().equals("errors")) {
					continue;
				}
				Map<Path, List<Path>> files = SvcFolders.collect(List.of(folder));
				for (Map.Entry<Path, List<Path>> entry : files.entrySet()) {
					var loaded = loader.load(entry.getKey(), entry.getValue());
					for (Resource resource : loaded.resourceSet().getResources()) {
						if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
							model.getElements().stream().filter(Service.class::isInstance).map(Service.class::cast)
									.forEach(s -> all.add(new ExampleService(folder.getFileName() + "/" + s.getName(), s)));
						}
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return all;
	}

	/** Every blueprint of every example service. */
	static List<ServiceBlueprint> exampleBlueprints() {
		List<ServiceBlueprint> all = new ArrayList<>();
		for (ExampleService example : exampleServices()) {
			for (var member : example.service().getMembers()) {
				if (member instanceof Blueprint blueprint) {
					all.add(new ServiceBlueprint(example.name() + "/" + blueprint.getName(), example.service(), blueprint));
				}
			}
		}
		return all;
	}

	/** Parses one model text (one file) and returns its first service. */
	static Service parse(String text) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createFileURI("/synthetic/model.svc"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(set);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("synthetic model does not parse: " + resource.getErrors());
		}
		return (Service) ((Model) resource.getContents().get(0)).getElements().stream().filter(Service.class::isInstance)
				.findFirst().orElseThrow();
	}

	/**
	 * A blueprint of n steps over the five lanes: a main chain, branches that rejoin, a loop back,
	 * waits, fail points, decisions, actors and evidence — what a large real process has.
	 */
	static String syntheticBlueprint(int steps, long seed) {
		Random random = new Random(seed);
		String[] lanes = { "evidence", "customer", "onstage", "backstage", "support" };
		StringBuilder text = new StringBuilder("role clerk \"Clerk\"\nrole tech \"Technician\"\nservice Synthetic \"Synthetic service\" {\n");
		text.append("  evidence {\n");
		for (int i = 0; i < 8; i++) {
			text.append("    cue c").append(i).append(" \"Cue number ").append(i).append("\"\n");
		}
		text.append("  }\n  blueprint big \"Synthetic blueprint of ").append(steps).append(" steps\" {\n");
		for (int i = 0; i < steps; i++) {
			String lane = lanes[1 + random.nextInt(4)];
			if (random.nextInt(25) == 0) {
				lane = "evidence";
			}
			text.append("    step s").append(i).append(" \"Step ").append(i)
					.append(random.nextInt(4) == 0 ? " with a longer label that has to wrap inside its box" : "").append("\" ")
					.append(lane);
			if (random.nextInt(10) == 0) {
				text.append(" decision");
			}
			if (lane.equals("onstage") || lane.equals("backstage")) {
				text.append(" by ").append(random.nextBoolean() ? "clerk" : "tech");
			}
			StringBuilder body = new StringBuilder();
			if (random.nextInt(3) == 0) {
				body.append(" shows c").append(random.nextInt(8));
			}
			if (random.nextInt(6) == 0) {
				body.append(" takes ").append(1 + random.nextInt(30)).append(" min");
			}
			if (random.nextInt(8) == 0) {
				body.append(" fail \"Can go wrong\"");
			}
			if (random.nextInt(8) == 0) {
				body.append(" wait ").append(1 + random.nextInt(9)).append(" min \"Queue\"");
			}
			if (!body.isEmpty()) {
				text.append(" {").append(body).append(" }");
			}
			text.append('\n');
		}
		for (int i = 1; i < steps; i++) {
			int from = random.nextInt(6) == 0 ? Math.max(0, i - 2 - random.nextInt(3)) : i - 1;
			text.append("    flow s").append(from).append(" -> s").append(i);
			if (random.nextInt(7) == 0) {
				text.append(" \"branch ").append(i).append('"');
			}
			text.append('\n');
		}
		for (int i = 5; i < steps; i += 17) {
			text.append("    flow s").append(i).append(" -> s").append(i - 3).append(" \"again\"\n");
		}
		text.append("  }\n}\n");
		return text.toString();
	}

	private DiagramModels() {
	}
}
