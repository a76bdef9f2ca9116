package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.domain.ServiceSegments;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;

import com.google.inject.Inject;

/**
 * D8, D10: the segments a service's reports and relationship grid show. Its market's, else the
 * nearest declared: its own file's, else a shared file's, else the folder's; a folder of services
 * that each declare their segments does not hand every service all the others'.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class ServiceSegmentsTest {

	@Inject private SvcModelLoader loader;

	@Test
	void aServiceTakesItsMarketsSegmentsElseTheNearestDeclared(@TempDir Path dir) throws IOException {
		Map<String, List<String>> segments = segmentsOfEachService(dir, Map.of(
				"library.svc", "segment walkIns \"Walk-ins\"\nsegment fleets \"Fleets\"\n",
				"a.svc", "segment students \"Students\"\nservice A \"Bikes for students\" { }\n",
				"b.svc", "service B \"Repairs\" { }\n",
				"c.svc", "service C \"Fleet care\" {\n\tmarket {\n\t\tsegments fleets, students\n\t}\n}\n"));
		assertEquals(List.of("students"), segments.get("A"), "its own file's, not the library's too");
		assertEquals(List.of("walkIns", "fleets"), segments.get("B"), "the shared file's, not A's students");
		assertEquals(List.of("fleets", "students"), segments.get("C"), "what its market names");
	}

	@Test
	void servicesThatEachDeclareTheirSegmentsKeepThemApartAndOneWithoutTakesTheFolders(@TempDir Path dir) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < 20; i++) {
			files.put("s" + i + ".svc", "segment locals" + i + " \"Local regulars\"\nservice S" + i + " \"Shop " + i + "\" { }\n");
		}
		files.put("t.svc", "service T \"Tours\" { }\n");
		Map<String, List<String>> segments = segmentsOfEachService(dir, files);
		for (int i = 0; i < 20; i++) {
			assertEquals(List.of("locals" + i), segments.get("S" + i), "one segment on each of twenty pages, not twenty");
		}
		assertEquals(20, segments.get("T").size(), "no file of its own or shared declares any: every one of the folder, as before");
	}

	/** The folder written from the files, loaded and checked; each service's segments by name. */
	private Map<String, List<String>> segmentsOfEachService(Path dir, Map<String, String> files) throws IOException {
		List<Path> paths = new ArrayList<>();
		for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
			paths.add(Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8));
		}
		LoadedFolder loaded = loader.load(dir, paths);
		loader.validate(loaded);
		Map<String, List<String>> segments = new LinkedHashMap<>();
		for (Path path : paths) {
			Model model = (Model) loaded.resourceSet().getResource(SvcModelLoader.uri(path), true).getContents().get(0);
			model.getElements().stream().filter(Service.class::isInstance).map(Service.class::cast)
					.forEach(s -> segments.put(s.getName(), ServiceSegments.of(s).stream().map(Segment::getName).toList()));
		}
		return segments;
	}
}
