package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ide.SvcIdeSetup;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The .ide bundle serves the language over LSP: diagnostics, completion and formatting.
 * (The base class has its own assertEquals(String, String); JUnit's is called by its full name.)
 */
class SvcLanguageServerTest extends AbstractLanguageServerTest {

	SvcLanguageServerTest() {
		super("svc");
	}

	/** Registers the language explicitly: ServiceLoader discovery does not cross OSGi bundles. */
	@Override
	protected Module getServerModule() {
		return serverModule();
	}

	/** `svc language-server`'s module, as its command makes it. */
	static Module serverModule() {
		return serverModule(new SvcIdeSetup().createInjectorAndDoEMFRegistration());
	}

	/** The same, serving the language of the injector given (a test that changes its words keeps it). */
	static Module serverModule(com.google.inject.Injector language) {
		// One registry for the whole server, so every service sees the same language injector.
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("svc", language.getInstance(IResourceServiceProvider.class));
		return Modules.override(new ServerModule())
				.with(new org.svcworkbench.svc.ide.server.SvcServerModule(), binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry));
	}

	/**
	 * Xtext's builder asks the language whether to write files for a file it has just validated; its
	 * default answers by validating the file again (NORMAL_AND_FAST), which polls the cancel
	 * indicator. This language writes no files there, and a build validates each file once.
	 */
	@Test
	void aBuildValidatesEachFileOnceAndGeneratesNothing() throws Exception {
		IResourceServiceProvider language = new SvcIdeSetup().createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class);
		XtextResourceSet resources = language.get(XtextResourceSet.class);
		Resource clean = resources.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/shop/a.svc"));
		clean.load(new ByteArrayInputStream("channel shop\nservice S { place { channels shop } }\n".getBytes(StandardCharsets.UTF_8)), null);
		AtomicInteger polled = new AtomicInteger();
		CancelIndicator counting = () -> polled.incrementAndGet() < 0;
		Assertions.assertTrue(language.get(IResourceValidator.class).validate(clean, CheckMode.ALL, counting).stream()
				.noneMatch(issue -> issue.getSeverity() == Severity.ERROR), "a file without errors");
		Assertions.assertTrue(polled.get() > 0, "validation polls the cancel indicator");
		polled.set(0);
		Assertions.assertFalse(language.get(IShouldGenerate.class).shouldGenerate(clean, counting), "no files generated");
		Assertions.assertEquals(0, polled.get(), "the file validated again to decide it");
	}

	@Test
	void publishesTheLanguagesDiagnostics() {
		initialize();
		String text = "service S { place { channels shopp } }\n";
		String uri = writeFile("diagnostics.svc", text);
		open(uri, text);
		Map<String, List<Diagnostic>> all = getDiagnostics();
		Diagnostic unknown = all.get(uri).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
		Assertions.assertEquals("Unknown channel 'shopp': declare it with 'channel shopp' in a .svc file of this folder, or fix the spelling.",
				unknown.getMessage().getLeft());
		Assertions.assertEquals(new Position(0, 29), unknown.getRange().getStart());
		Assertions.assertEquals(new Position(0, 34), unknown.getRange().getEnd());
	}

	/**
	 * The server keeps the models of folders with an open document and lets the others go once they
	 * are indexed and checked (a portfolio's syntax trees would not fit): an open file still links
	 * to its folder's names and gets completion from them.
	 */
	@Test
	void holdsTheModelsOfFoldersWithAnOpenDocumentOnly() throws Exception {
		for (String folder : List.of("a", "b", "c")) {
			new java.io.File(root, folder).mkdirs();
			writeFile(folder + "/channels.svc", "channel shop" + folder + "\n");
			writeFile(folder + "/service.svc", "service S" + folder + " { place { channels shop" + folder + " } }\n");
		}
		initialize();
		Assertions.assertEquals(List.of(), modelsHeld(), "nothing open: the index alone");
		String text = "service Sb { place { channels shopb } }\n";
		String uri = writeFile("b/service.svc", text);
		open(uri, text);
		assertTrue(getDiagnostics().get(uri).stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), "linked to its sibling: " + getDiagnostics().get(uri));
		List<String> held = modelsHeld();
		assertTrue(!held.isEmpty() && held.stream().allMatch(model -> model.contains("/b/")), held.toString());
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(0, 30));
		var result = languageServer.completion(params).get();
		List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("shopb") && !labels.contains("shopa"), labels.toString());
	}

	/** The models the server's projects hold in memory (their URIs), once the builds before this are done. */
	private List<String> modelsHeld() throws Exception {
		var workspace = workspace();
		return languageServer.getRequestManager().runRead(cancel -> workspace.getProjectManagers().stream()
				.flatMap(project -> project.getResourceSet().getResources().stream()).map(resource -> resource.getURI().toString()).sorted()
				.toList()).get();
	}

	/** The server's workspace, which LanguageServerImpl does not show. */
	org.eclipse.xtext.ide.server.WorkspaceManager workspace() throws ReflectiveOperationException {
		return workspaceOf(languageServer);
	}

	static org.eclipse.xtext.ide.server.WorkspaceManager workspaceOf(org.eclipse.xtext.ide.server.LanguageServerImpl server)
			throws ReflectiveOperationException {
		var workspace = org.eclipse.xtext.ide.server.LanguageServerImpl.class.getDeclaredMethod("getWorkspaceManager");
		workspace.setAccessible(true);
		return (org.eclipse.xtext.ide.server.WorkspaceManager) workspace.invoke(server);
	}

	@Test
	void completesChannelNamesFromOtherFiles() throws Exception {
		writeFile("library.svc", "channel 微信 \"WeChat\"\nchannel hotline\n");
		initialize();
		String text = "service S { place { channels  } }\n";
		String uri = writeFile("completion.svc", text);
		open(uri, text);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(0, 29));
		var result = languageServer.completion(params).get();
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("微信") && labels.contains("hotline"), labels.toString());
		// each name says what it names: its label and its kind beside it
		CompletionItem wechat = items.stream().filter(i -> i.getLabel().equals("微信")).findFirst().orElseThrow();
		Assertions.assertEquals("WeChat (channel)", wechat.getDetail());
		Assertions.assertEquals(CompletionItemKind.Reference, wechat.getKind());
		CompletionItem hotline = items.stream().filter(i -> i.getLabel().equals("hotline")).findFirst().orElseThrow();
		Assertions.assertEquals("(channel)", hotline.getDetail(), "a name without a label");
	}

	@Test
	void formatsWithTheLanguagesFormatter() throws Exception {
		initialize();
		String text = "channel   web{kind web}";
		String uri = writeFile("format.svc", text);
		open(uri, text);
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false));
		List<? extends TextEdit> edits = languageServer.formatting(params).get();
		assertTrue(!edits.isEmpty(), "no formatting edits");
	}

	@Test
	void semanticTokensMarkDeclarationsAndResolvedReferences() throws Exception {
		initialize();
		String text = "channel web\nservice S { place { channels web, nowhere } }\n";
		String uri = writeFile("tokens.svc", text);
		open(uri, text);
		var tokens = languageServer.semanticTokensFull(new org.eclipse.lsp4j.SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		// line, start, length, type, modifiers: 'web' declared (type, declaration), 'S' declared (namespace,
		// declaration), 'web' referenced (type); 'nowhere' refers to nothing and is left alone
		Assertions.assertEquals(java.util.List.of(0, 8, 3, 1, 4, 1, 8, 1, 0, 4, 0, 21, 3, 1, 0), tokens.getData());
	}

	/** Issue 21, point 3: what a syntax message suggests is a quick fix (Ctrl+1 in Eclipse, the light bulb elsewhere). */
	@Test
	void syntaxSuggestionsAreQuickFixes() throws Exception {
		initialize();
		String text = "servce S { }\n";
		String uri = writeFile("typos.svc", text);
		open(uri, text);
		String names = "channel after-sales\n";
		String namesUri = writeFile("names.svc", names);
		open(namesUri, names);
		List<Diagnostic> errors = getDiagnostics().get(uri);
		Assertions.assertEquals(List.of("Change 'servce' to 'service'"), fixes(uri, errors, "svc.syntax.misspelt-keyword"));
		// the labels name the text each fix replaces: 'after-sales' whole, though the finding is on its '-'
		Assertions.assertEquals(List.of("Change 'after-sales' to 'afterSales'", "Change 'after-sales' to 'after_sales'"),
				fixes(namesUri, getDiagnostics().get(namesUri), "svc.syntax.invalid-name"));
	}

	private List<String> fixes(String uri, List<Diagnostic> diagnostics, String code) throws Exception {
		Diagnostic diagnostic = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
		return languageServer.codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new org.eclipse.lsp4j.CodeActionContext(List.of(diagnostic)))).get().stream().map(a -> a.getRight().getTitle()).toList();
	}
}
