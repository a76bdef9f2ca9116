package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;
import org.svcworkbench.svc.svc.Model;

import com.google.inject.Inject;

/**
 * Parses a model in which ⟦ and ⟧ mark where exactly one issue is expected, validates it and
 * checks code, severity, message and position.
 */
public class SvcTestSupport {

	@Inject private ParseHelper<Model> parser;
	@Inject private IResourceValidator validator;

	/** A model text with its marked region, markers removed. */
	public record Marked(String text, int offset, int length) {
		public static Marked of(String marked) {
			int start = marked.indexOf('⟦');
			int end = marked.indexOf('⟧');
			if (start < 0 || end < start) {
				return new Marked(marked, -1, 0);
			}
			String text = marked.substring(0, start) + marked.substring(start + 1, end) + marked.substring(end + 1);
			return new Marked(text, start, end - start - 1);
		}
	}

	public List<Issue> validate(String text) {
		try {
			Model model = parser.parse(text);
			return validator.validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	public Issue assertIssue(String markedModel, String code, Severity severity, String message) {
		Marked marked = Marked.of(markedModel);
		List<Issue> issues = validate(marked.text());
		List<Issue> withCode = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		Issue found = withCode.stream().filter(i -> i.getOffset() == marked.offset()).findFirst()
				.orElseGet(() -> fail("No " + code + " at offset " + marked.offset() + "; got " + describe(issues)));
		assertEquals(message, found.getMessage());
		assertEquals(severity, found.getSeverity(), "severity of " + code);
		assertEquals(marked.length(), found.getLength().intValue(), "length of the marked region of " + code);
		return found;
	}

	public void assertNoIssue(String model, String code) {
		List<Issue> issues = validate(Marked.of(model).text());
		assertTrue(issues.stream().noneMatch(i -> code.equals(i.getCode())), () -> "Unexpected " + code + ": " + describe(issues));
	}

	public void assertNoErrors(String model) {
		List<Issue> issues = validate(model);
		assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), () -> "Unexpected errors: " + describe(issues));
	}

	public static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode() + " " + i.getMessage())
				.collect(Collectors.joining("\n  ", "\n  ", ""));
	}

	/** The examples/ folder of the repository; tests that need it are skipped when it is absent. */
	public static Path examples() {
		String configured = System.getProperty("svc.examples");
		Path path = configured != null ? Paths.get(configured) : Paths.get("../../examples");
		Assumptions.assumeTrue(Files.isDirectory(path), "examples/ folder not found at " + path.toAbsolutePath());
		return path.toAbsolutePath().normalize();
	}
}
