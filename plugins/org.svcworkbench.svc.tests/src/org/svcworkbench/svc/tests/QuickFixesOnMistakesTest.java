package org.svcworkbench.svc.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.ide.SvcIdeSetup;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;

import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Every quick fix the server offers on real mistakes (the mistake corpus, the error examples and the
 * example models' warnings), each applied as an editor would: the finding it was offered for is gone
 * from the folder's findings (one fewer with its code and words in its file), and no syntax error appears that
 * was not there. Where QuickFixesTest shows each fix on a made-up model, this one finds the fixes
 * that break a designer's real text.
 */
class QuickFixesOnMistakesTest extends AbstractLanguageServerTest {

	private Injector language;

	QuickFixesOnMistakesTest() {
		super("svc");
	}

	@Override
	protected Module getServerModule() {
		language = new SvcIdeSetup().createInjectorAndDoEMFRegistration();
		return SvcLanguageServerTest.serverModule(language);
	}

	static Stream<Arguments> models() throws IOException {
		List<Arguments> models = new ArrayList<>();
		for (MistakeCorpus.Case mistake : MistakeCorpus.cases()) {
			models.add(Arguments.of("mistake: " + mistake.title(), mistake));
		}
		try (Stream<Path> files = Files.list(SvcTestSupport.examples().resolve("errors"))) {
			files.filter(f -> f.toString().endsWith(".svc")).sorted().forEach(f -> models.add(Arguments.of("errors/" + f.getFileName(), f)));
		}
		for (String example : List.of("cafe", "car-repair", "hotel")) {
			models.add(Arguments.of("examples/" + example, SvcTestSupport.examples().resolve(example)));
		}
		return models.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void everyFixRemovesItsFindingAndBreaksNothing(String name, Object model, @TempDir Path work) throws Exception {
		Map<String, String> files = files(model, work.resolve("model"));
		SvcModelLoader loader = language.getInstance(SvcModelLoader.class);
		List<SvcDiagnostic> before = findings(loader, files, work.resolve("before"));
		initialize();
		Map<String, String> uris = new TreeMap<>();
		files.forEach((file, text) -> uris.put(file, writeFile("m/" + file, text)));
		files.forEach((file, text) -> open(uris.get(file), text));
		List<String> problems = new ArrayList<>();
		int tried = 0;
		for (Map.Entry<String, String> file : files.entrySet()) {
			String uri = uris.get(file.getKey());
			for (Diagnostic finding : List.copyOf(getDiagnostics().getOrDefault(uri, List.of()))) {
				String code = finding.getCode() == null ? null : finding.getCode().getLeft();
				for (CodeAction fix : actions(uri, finding)) {
					Map<String, String> fixed = new TreeMap<>(files);
					fix.getEdit().getChanges().forEach((target, edits) -> {
						String changed = uris.entrySet().stream().filter(u -> u.getValue().equals(target)).map(Map.Entry::getKey).findFirst()
								.orElseThrow(() -> new AssertionError("a fix edits a file outside the folder: " + target));
						fixed.put(changed, QuickFixesTest.apply(fixed.get(changed), edits));
					});
					List<SvcDiagnostic> after = findings(loader, fixed, work.resolve("after" + tried++));
					String where = file.getKey() + ":" + (finding.getRange().getStart().getLine() + 1) + " " + code + ", '" + fix.getTitle() + "'";
					String message = finding.getMessage().getLeft();
					if (count(after, code, message, file.getKey()) >= count(before, code, message, file.getKey())) {
						problems.add(where + ": the finding stays");
					}
					if (syntaxErrors(after) > syntaxErrors(before)) {
						problems.add(where + ": a syntax error appears: " + after.stream().filter(d -> d.code().startsWith("svc.syntax"))
								.map(SvcDiagnostic::format).toList());
					}
				}
			}
		}
		Assertions.assertEquals(List.of(), problems, name + " (" + tried + " fixes tried)");
	}

	private List<CodeAction> actions(String uri, Diagnostic finding) throws Exception {
		return languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), finding.getRange(),
				new CodeActionContext(List.of(finding)))).get().stream().map(a -> a.getRight()).filter(a -> a.getEdit() != null).toList();
	}

	/** The model's files by name: a mistake made to the corpus' base model, an error example alone, or an example folder. */
	private static Map<String, String> files(Object model, Path folder) throws IOException {
		Files.createDirectories(folder);
		if (model instanceof MistakeCorpus.Case mistake) {
			MistakeCorpus.apply(mistake, folder);
		} else if (Files.isDirectory((Path) model)) {
			try (Stream<Path> files = Files.list((Path) model)) {
				for (Path f : files.filter(f -> f.toString().endsWith(".svc")).toList()) {
					Files.copy(f, folder.resolve(f.getFileName()));
				}
			}
		} else {
			Files.copy((Path) model, folder.resolve(((Path) model).getFileName()));
		}
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.list(folder)) {
			for (Path f : all.toList()) {
				// a mistake may be bytes that are not UTF-8: such a file has no fix to try, and is read as the server reads it
				files.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static List<SvcDiagnostic> findings(SvcModelLoader loader, Map<String, String> files, Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> f : files.entrySet()) {
			Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
		}
		return loader.validate(List.of(folder));
	}

	/** The findings with this code and message in the file: a fix of one of three missing Ps leaves a finding, which names two. */
	private static long count(List<SvcDiagnostic> findings, String code, String message, String file) {
		return findings.stream().filter(d -> java.util.Objects.equals(d.code(), code) && d.message().equals(message) && d.file().getFileName().toString().equals(file)).count();
	}

	private static long syntaxErrors(List<SvcDiagnostic> findings) {
		return findings.stream().filter(d -> d.code() != null && d.code().startsWith("svc.syntax")).count();
	}
}
