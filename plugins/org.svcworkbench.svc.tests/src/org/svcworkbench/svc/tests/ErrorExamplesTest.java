package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;

import com.google.inject.Inject;

/**
 * Each file in examples/errors lists the findings it must produce in "// expect: line:col severity code"
 * lines. Those must be reported exactly; no other error may be. (Warnings about Ps or journey stages
 * the small files leave out are not listed.)
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class ErrorExamplesTest {

	private static final Pattern EXPECT = Pattern.compile("// expect: (\\d+):(\\d+) (\\w+) (\\S+)");

	@Inject private SvcModelLoader loader;

	static Stream<Path> errorFiles() throws IOException {
		try (Stream<Path> files = Files.list(SvcTestSupport.examples().resolve("errors"))) {
			return files.filter(f -> f.toString().endsWith(".svc")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorFiles")
	void reportsExactlyTheExpectedFindings(Path file) throws IOException {
		List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(EXPECT::matcher)
				.filter(Matcher::lookingAt).map(m -> m.group(1) + ":" + m.group(2) + " " + m.group(3) + " " + m.group(4))
				.sorted().toList();
		assertFalse(expected.isEmpty(), file + " has no '// expect:' line");
		List<SvcDiagnostic> all = loader.validate(loader.load(file.getParent(), List.of(file)));
		List<String> actual = all.stream()
				.filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR
						|| expected.stream().anyMatch(e -> e.endsWith(" " + d.code())))
				.map(d -> d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.code()).sorted().toList();
		assertEquals(expected, actual);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorFiles")
	void everyFindingSaysWhatToDo(Path file) {
		for (SvcDiagnostic d : loader.validate(loader.load(file.getParent(), List.of(file)))) {
			MessageRules.assertPlain(d.message());
		}
	}
}
