package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.google.inject.Inject;

/** Every realistic example parses, links across its files and validates with no error or warning. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class ExamplesTest {

	@Inject private SvcModelLoader loader;

	static Stream<Path> exampleFolders() throws IOException {
		try (Stream<Path> children = Files.list(SvcTestSupport.examples())) {
			return children.filter(Files::isDirectory).filter(d -> !Files.exists(d.resolve(SvcFolders.IGNORE_MARKER)))
					.sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleFolders")
	void validatesClean(Path folder) {
		List<SvcDiagnostic> findings = loader.validate(List.of(folder)).stream()
				.filter(d -> d.severity() != SvcDiagnostic.Severity.INFO).toList();
		assertEquals(List.of(), findings.stream().map(SvcDiagnostic::format).toList());
	}

	@Test
	void thereAreAtLeastThreeExamplesEachWithAService() throws IOException {
		List<Path> folders = exampleFolders().toList();
		assertTrue(folders.size() >= 3, "examples: " + folders);
		for (Path folder : folders) {
			Map<Path, List<Path>> files = SvcFolders.collect(List.of(folder));
			LoadedFolder loaded = loader.load(files.keySet().iterator().next(), files.values().iterator().next());
			long services = loaded.resourceSet().getResources().stream().map(Resource::getContents)
					.filter(c -> !c.isEmpty()).map(c -> (Model) c.get(0))
					.flatMap(m -> m.getElements().stream()).filter(Service.class::isInstance).count();
			assertTrue(services >= 1, folder + " declares no service");
		}
	}

	@Test
	void walkingExamplesSkipsTheBrokenOnes() {
		Map<Path, List<Path>> files = SvcFolders.collect(List.of(SvcTestSupport.examples()));
		assertFalse(files.keySet().stream().anyMatch(f -> f.endsWith("errors")), "errors/ has a .svcignore marker");
		assertTrue(files.size() >= 3);
	}
}
