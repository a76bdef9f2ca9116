package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.formatting2.SvcFormatting;
import org.svcworkbench.svc.parser.SyntaxVocabulary;
import org.svcworkbench.svc.validation.SvcResourceValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Fuzzing with grammar-aware mutations of the examples ({@link Mutator}): for every input, parsing,
 * linking, validation and formatting finish without an exception (nothing logged as an error
 * either), every message is plain language, a file that did not parse always gets an error, and no
 * input takes more than 2 s. A fixed-seed sample runs in CI; run more by hand with
 * -Dfuzz.count=1000000 (and -Dfuzz.seed=N). Failing inputs are saved under target/fuzz-failures/.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcFuzzTest {

	private static final int COUNT = Integer.getInteger("fuzz.count", 20_000);
	private static final long SEED = Long.getLong("fuzz.seed", 20_261_125L);
	private static final long LIMIT_MS = 2_000;

	@Inject private Provider<XtextResourceSet> resourceSets;
	@Inject private IResourceValidator validator;
	@Inject private SvcFormatting formatting;
	@Inject private SyntaxVocabulary vocabulary;

	/** Collects what Xtext logs as errors: it swallows some exceptions and only logs them. */
	private static final class LoggedErrors extends AppenderSkeleton {
		final List<String> errors = new ArrayList<>();

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				errors.add(event.getRenderedMessage() + (event.getThrowableInformation() == null ? ""
						: " " + event.getThrowableInformation().getThrowable()));
			}
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}

	@Test
	void noMutantBreaksParsingLinkingValidationOrFormatting() throws IOException {
		List<String> seeds = seeds();
		Mutator mutator = new Mutator(SEED, List.copyOf(vocabulary.wordKeywords()));
		LoggedErrors logged = new LoggedErrors();
		Logger.getRootLogger().addAppender(logged);
		try {
			seeds.forEach(this::check); // warms up before anything is timed
			long started = System.nanoTime();
			long slowest = 0;
			int broken = 0;
			for (int i = 0; i < COUNT; i++) {
				String input = mutator.mutate(seeds.get(i % seeds.size()));
				long start = System.nanoTime();
				try {
					broken += check(input) ? 1 : 0;
				} catch (Throwable t) {
					fail("fuzz input " + i + " (saved as " + save(i, input) + "): " + t, t);
				}
				long ms = (System.nanoTime() - start) / 1_000_000;
				if (ms > LIMIT_MS) {
					fail("fuzz input " + i + " took " + ms + " ms (saved as " + save(i, input) + ")");
				}
				slowest = Math.max(slowest, ms);
				assertEquals(List.of(), logged.errors, () -> "logged while checking input saved as " + save(-1, input));
			}
			System.out.printf("fuzz: %d inputs (seed %d) in %.1f s, %d with syntax errors, slowest %d ms%n", COUNT, SEED,
					(System.nanoTime() - started) / 1e9, broken, slowest);
		} finally {
			Logger.getRootLogger().removeAppender(logged);
		}
	}

	/** Checks one input; true if it had syntax errors. */
	private boolean check(String input) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI("/fuzz/input.svc"));
		try {
			resource.load(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		EcoreUtil.resolveAll(set);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			MessageRules.assertPlain(issue.getMessage());
			assertNotEquals(SvcResourceValidator.INTERNAL_ERROR, issue.getCode(), issue.getMessage());
			assertTrue(issue.getLineNumber() >= 1 && issue.getColumn() >= 1, () -> "position of " + issue);
		}
		boolean broken = SvcResourceValidator.hasSyntaxErrors(resource);
		if (broken) {
			assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR), "a file that did not parse passed");
		} else {
			formatting.format(resource);
		}
		if (input.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
			// Lone surrogates cannot survive UTF-8 bytes; editors hand them to the parser as text.
			IParseResult result = resource.getParser().parse(new StringReader(input));
			for (INode error : result.getSyntaxErrors()) {
				MessageRules.assertPlain(error.getSyntaxErrorMessage().getMessage());
			}
		}
		return broken;
	}

	private static List<String> seeds() throws IOException {
		try (Stream<Path> files = Files.walk(SvcTestSupport.examples())) {
			List<String> seeds = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".svc")).sorted().toList()) {
				seeds.add(Files.readString(file, StandardCharsets.UTF_8));
			}
			// the mistake corpus's studio model: SWOT, loyalty, working days, at-least deadlines, names in any script
			seeds.add(Files.readString(MistakeCorpus.ROOT.resolve("base/studio.svc"), StandardCharsets.UTF_8)
					+ "role chịLan \"Chị Lan\"\nrole \uD842\uDFB7田 \"Yoshida\"\n");
			return seeds;
		}
	}

	private static String save(int index, String input) {
		try {
			Path folder = Paths.get("target/fuzz-failures");
			Files.createDirectories(folder);
			Path file = folder.resolve("input-" + (index < 0 ? "logged" : String.valueOf(index)) + ".svc");
			Files.writeString(file, input, StandardCharsets.UTF_8);
			return file.toAbsolutePath().toString();
		} catch (IOException e) {
			return "(not saved: " + e.getMessage() + ")";
		}
	}
}
