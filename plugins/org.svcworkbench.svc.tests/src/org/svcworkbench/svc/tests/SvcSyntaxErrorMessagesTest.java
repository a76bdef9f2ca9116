package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.tests.MistakeCorpus.Case;

import com.google.inject.Inject;

/**
 * One mistake, one message that says what to do: each case of testdata/mistakes/cases.txt must give
 * exactly its listed findings (file:line:column, severity, message, code), and no others, on the
 * whole two-file model. Run with -Dmistakes.update=true to rewrite the expectations from the
 * current messages.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcSyntaxErrorMessagesTest {

	private static final boolean UPDATE = Boolean.getBoolean("mistakes.update");
	private static final Map<String, List<String>> ACTUAL = new TreeMap<>();

	@Inject private SvcModelLoader loader;

	static List<Case> cases() {
		return MistakeCorpus.cases();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reportsExactlyTheExpectedFindings(Case mistake, @TempDir Path folder) throws IOException {
		MistakeCorpus.apply(mistake, folder);
		// As 'svc validate' prints them: errors and warnings.
		List<SvcDiagnostic> diagnostics = loader.validate(List.of(folder)).stream()
				.filter(d -> d.severity() != SvcDiagnostic.Severity.INFO).toList();
		List<String> actual = diagnostics.stream().map(d -> folder.relativize(d.file()) + d.format().substring(d.file().toString().length()))
				.toList();
		diagnostics.forEach(d -> MessageRules.assertPlain(d.message()));
		if (UPDATE) {
			ACTUAL.put(mistake.title(), actual);
		} else {
			assertEquals(String.join("\n", mistake.expected()), String.join("\n", actual), mistake.title());
		}
	}

	@AfterAll
	static void rewriteExpectations() {
		if (UPDATE) {
			MistakeCorpus.rewrite(ACTUAL);
		}
	}
}
