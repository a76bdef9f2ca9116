package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.domain.ServiceSegments;
import org.svcworkbench.svc.load.ServiceInputs;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.google.inject.Inject;

/**
 * What a service's documentation reads of its folder: a rerun documents a service again when
 * this changes, and only then. (That the pages a rerun keeps are a full run's pages is shown on
 * the examples by the CLI's IncrementalGenerateTest.)
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class ServiceInputsTest {

	@Inject private SvcModelLoader loader;
	@TempDir Path dir;

	private static final String LIBRARY = """
			channel app "Mobile app"
			channel kiosk "Kiosk"
			role advisor "Advisor" {
				position front
			}
			stakeholder press "Local press"
			portfolio all "Everything" {
				services A, B
			}
			""";

	private static final String A = """
			service A "Repairs" {
				description "Fixes cars."
				journey {
					stage before {
						touchpoint book {
							channel app
							owner advisor
						}
					}
				}
			}
			""";

	private static final String B = """
			service B "Tyres" {
				description "Changes tyres."
			}
			""";

	@Test
	void whatTheServiceDoesNotReadLeavesItsInputsAsTheyWere() throws IOException {
		String before = inputsOfA(LIBRARY, A, B);
		assertEquals(before, inputsOfA(LIBRARY, A, B), "the same folder, the same fingerprint");
		assertEquals(before, inputsOfA(LIBRARY.replace("\"Kiosk\"", "\"Self-service kiosk\""), A, B), "a channel A does not use");
		assertEquals(before, inputsOfA(LIBRARY, A, B.replace("Changes tyres.", "Changes and stores tyres.")),
				"the inside of a sibling listed in the same portfolio: A's page shows its label only");
	}

	@Test
	void whatTheServiceReadsChangesItsInputs() throws IOException {
		String before = inputsOfA(LIBRARY, A, B);
		assertNotEquals(before, inputsOfA(LIBRARY, A.replace("Fixes cars.", "Fixes cars fast."), B), "its own file");
		assertNotEquals(before, inputsOfA(LIBRARY.replace("\"Mobile app\"", "\"App\""), A, B), "a channel it uses");
		assertNotEquals(before, inputsOfA(LIBRARY.replace("position front", "position back"), A, B), "a role it uses");
		assertNotEquals(before, inputsOfA(LIBRARY.replace("\"Local press\"", "\"Press\""), A, B),
				"a stakeholder of the folder: every service's relationship facts list them");
		assertNotEquals(before, inputsOfA(LIBRARY, A, B.replace("\"Tyres\"", "\"Tyres and wheels\"")),
				"the label of a sibling its portfolio lists");
		assertNotEquals(before, inputsOfA("// a line above every declaration\n" + LIBRARY, A, B), "where a declaration it reads stands");
		String shared = "segment walkIns \"Walk-ins\"\n";
		assertNotEquals(inputsOfA(LIBRARY + shared, A, B), inputsOfA(LIBRARY + shared + "service L \"Loan cars\" { }\n", A, B),
				"the library declaring a service of its own: its segments are then L's, and A takes the folder's (ServiceSegments.of)");
	}

	@Test
	void onlyTheSharedKindsAreTakenFromTheWholeFolder() throws IOException {
		Service a = load(LIBRARY, A, B);
		assertEquals(List.of("press"), ServiceSegments.declared(a, org.svcworkbench.svc.svc.Stakeholder.class).stream().map(s -> s.getName()).toList());
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ServiceSegments.declared(a, Channel.class));
		assertTrue(refused.getMessage().contains("SHARED_KINDS"), refused.getMessage());
	}

	/**
	 * The folder's files are taken in file order, remembered between questions: a file read into
	 * the folder later, and a file given another name, are seen at the next question.
	 */
	@Test
	void theFolderIsAskedAgainWhenItsFilesChange() throws IOException {
		Service a = load(LIBRARY, A, B);
		List<String> before = ServiceSegments.declared(a, org.svcworkbench.svc.svc.Stakeholder.class).stream().map(s -> s.getName()).toList();
		assertEquals(List.of("press"), before);
		Path more = write("0-more.svc", "stakeholder radio \"Local radio\"\n");
		org.eclipse.emf.ecore.resource.Resource added = a.eResource().getResourceSet().getResource(SvcModelLoader.uri(more), true);
		assertEquals(List.of("radio", "press"),
				ServiceSegments.declared(a, org.svcworkbench.svc.svc.Stakeholder.class).stream().map(s -> s.getName()).toList(), "a file read in later");
		added.setURI(SvcModelLoader.uri(dir.resolve("z-more.svc")));
		assertEquals(List.of("press", "radio"),
				ServiceSegments.declared(a, org.svcworkbench.svc.svc.Stakeholder.class).stream().map(s -> s.getName()).toList(), "a file renamed");
	}

	private String inputsOfA(String library, String a, String b) throws IOException {
		Service service = load(library, a, b);
		return ServiceInputs.of(service, "A", List.of());
	}

	private Service load(String library, String a, String b) throws IOException {
		write("library.svc", library);
		Path fileOfA = write("a.svc", a);
		write("b.svc", b);
		LoadedFolder loaded = loader.load(dir, List.of(fileOfA));
		loader.validate(loaded); // resolves every reference, as a documentation run's check does
		Model model = (Model) loaded.resourceSet().getResource(SvcModelLoader.uri(fileOfA), true).getContents().get(0);
		return (Service) model.getElements().get(0);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}
}
