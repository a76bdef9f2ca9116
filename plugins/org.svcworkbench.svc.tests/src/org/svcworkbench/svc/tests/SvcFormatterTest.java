package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.formatting2.SvcFormatting;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter gives one layout: examples are already in it, and formatting twice changes nothing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcFormatterTest {

	@Inject private SvcFormatting formatting;
	@Inject private Provider<XtextResourceSet> resourceSets;

	private String format(String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("dummy.svc"));
		resource.load(new StringInputStream(text, "UTF-8"), java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return formatting.format(resource);
	}

	static Stream<Path> exampleFiles() throws IOException {
		Path examples = SvcTestSupport.examples();
		try (Stream<Path> files = Files.walk(examples)) {
			return files.filter(f -> f.toString().endsWith(".svc")).filter(f -> !f.getParent().endsWith("errors"))
					.sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleFiles")
	void examplesAreFormattedAndFormattingIsIdempotent(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String once = format(text);
		assertEquals(once, format(once), "formatting twice must change nothing");
		assertEquals(text, once, file + " is not in the canonical layout: run ./svc format " + file);
	}

	@Test
	void messyInputGetsTheCanonicalLayout() throws IOException {
		String messy = """
				channel   web "Web"{kind web}
				service   Shop   "Shop" { description "Repairs"
				  industry repair
				product{core "Repairs"   guarantee "90 days"}
				  price { amount 4.50   EUR "per item" }
				blueprint b { step a customer {shows c   takes 2   min}
				step z support
				flow z->a }
				satisfaction { item s weight 100 % }
				evidence { cue c "Counter" }
				}
				""";
		String expected = """
				channel web "Web" {
					kind web
				}
				service Shop "Shop" {
					description "Repairs"
					industry repair
					product {
						core "Repairs"
						guarantee "90 days"
					}
					price {
						amount 4.50 EUR "per item"
					}
					blueprint b {
						step a customer { shows c takes 2 min }
						step z support
						flow z -> a
					}
					satisfaction {
						item s weight 100%
					}
					evidence {
						cue c "Counter"
					}
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void commentsAndBlankLinesBetweenDeclarationsStay() throws IOException {
		String text = """
				channel a

				// the shop floor
				channel b
				/* the phone line */
				channel c
				""";
		assertEquals(text, format(text));
	}

	@Test
	void spacesInsideANumberAreASyntaxError() throws IOException {
		String text = "service S { price { amount 4 . 50 EUR } }";
		assertEquals(text, format(text));
	}

	@Test
	void fileWithSyntaxErrorsIsLeftAlone() throws IOException {
		String broken = "service S {   product {\n";
		assertEquals(broken, format(broken));
	}

	@Test
	void multiLineDescriptionsKeepTheirText() throws IOException {
		List<String> lines = format("service S { description \"first line\n   second line\" }").lines().toList();
		assertEquals(List.of("service S {", "\tdescription \"first line", "   second line\"", "}"), lines);
	}
}
