package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.linking.SvcLinkingDiagnosticMessages;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.validation.IssueCodes;
import org.svcworkbench.svc.validation.SvcResourceValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every svc example in docs/language-reference.md parses (as a file, or as the body of a service),
 * and every issue code is documented there.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class LanguageReferenceTest {

	private static final Pattern BLOCK = Pattern.compile("```svc\\n(.*?)```", Pattern.DOTALL);

	@Inject private ParseHelper<Model> parser;
	@Inject private Provider<XtextResourceSet> resourceSets;

	static String reference() throws IOException {
		Path doc = SvcTestSupport.examples().resolveSibling("docs").resolve("language-reference.md");
		Assumptions.assumeTrue(Files.isRegularFile(doc), "no language reference at " + doc);
		return Files.readString(doc, StandardCharsets.UTF_8);
	}

	static Stream<String> snippets() throws IOException {
		List<String> result = new ArrayList<>();
		Matcher m = BLOCK.matcher(reference());
		while (m.find()) {
			result.add(m.group(1));
		}
		return result.stream();
	}

	@ParameterizedTest
	@MethodSource("snippets")
	void snippetParses(String snippet) throws Exception {
		if (syntaxErrors(snippet).isEmpty()) {
			return;
		}
		List<Resource.Diagnostic> inService = syntaxErrors("service Doc {\n" + snippet + "\n}");
		assertTrue(inService.isEmpty(), () -> "does not parse: " + inService.stream()
				.map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).toList() + "\n" + snippet);
	}

	/** Parse errors only: snippets may name things declared in other snippets. */
	private List<Resource.Diagnostic> syntaxErrors(String text) throws Exception {
		XtextResourceSet set = resourceSets.get();
		parser.parse(text, set);
		return set.getResources().get(0).getErrors().stream()
				.filter(d -> !(d instanceof XtextLinkingDiagnostic)).toList();
	}

	@org.junit.jupiter.api.Test
	void everyIssueCodeIsDocumented() throws Exception {
		String reference = reference();
		for (Class<?> codes : List.of(IssueCodes.class, SvcSyntaxErrorMessages.class, SvcResourceValidator.class,
				SvcLinkingDiagnosticMessages.class)) {
			for (var field : codes.getFields()) {
				if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
					String code = (String) field.get(null);
					assertTrue(reference.contains("`" + code + "`"), "not in the language reference: " + code);
				}
			}
		}
	}
}
