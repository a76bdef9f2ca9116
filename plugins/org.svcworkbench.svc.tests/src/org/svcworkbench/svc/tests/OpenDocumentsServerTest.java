package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ide.server.OpenDocumentsServerModule;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The workbench's language server (whose builder has every file's findings): it reads only the
 * folders of open documents, and serves them as the full server does (every test of
 * {@link SvcLanguageServerTest} runs here too). JUnit's assertEquals by its full name, as there.
 */
class OpenDocumentsServerTest extends SvcLanguageServerTest {

	@Override
	protected Module getServerModule() {
		return Modules.override(super.getServerModule()).with(new OpenDocumentsServerModule());
	}

	@Test
	void readsOnlyTheFoldersOfOpenDocuments() throws Exception {
		for (String folder : List.of("a", "b")) {
			new File(root, folder).mkdirs();
			writeFile(folder + "/渠道 表.svc", "channel shop" + folder + "\n");
		}
		String text = "service Sb { place { channels shopb } }\n";
		String uri = writeFile("b/服务 一.svc", text);
		initialize();
		Assertions.assertEquals(List.of(), indexed(), "nothing open: nothing read");

		open(uri, text);
		Assertions.assertEquals(List.of(), getDiagnostics().get(uri).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList(),
				"linked to its sibling, and each file read once (a file read under two names would declare its names twice)");
		Assertions.assertEquals(List.of("b/服务 一.svc", "b/渠道 表.svc"), indexed(), "the open document's folder");
		Assertions.assertEquals(List.of(uri), List.copyOf(getDiagnostics().keySet()), "only the open document checked (the builder checks the others)");

		didCreateWatchedFiles(writeFile("a/new.svc", "channel shopnew\n"));
		Assertions.assertEquals(List.of("b/服务 一.svc", "b/渠道 表.svc"), indexed(), "a file new in a folder not read");
		didCreateWatchedFiles(writeFile("b/more.svc", "channel shopmore\n"));
		Assertions.assertEquals(List.of("b/more.svc", "b/服务 一.svc", "b/渠道 表.svc"), indexed(), "a file new in the folder read");
		// the open document, untouched, is offered the new file's names
		var result = languageServer.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(0, 30))).get();
		List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("shopmore") && labels.contains("shopb") && !labels.contains("shopa"), labels.toString());
	}

	/** The files in the server's index once its builds are done, relative to the workspace and sorted. */
	private List<String> indexed() throws Exception {
		java.nio.file.Path base = root.toPath().toAbsolutePath().normalize();
		var workspace = workspace();
		return languageServer.getRequestManager().runRead(cancel -> workspace.getProjectManagers().stream()
				.flatMap(project -> project.getIndexState().getResourceDescriptions().getAllURIs().stream())
				.map(uri -> base.relativize(java.nio.file.Path.of(uri.toFileString()).normalize()).toString()).sorted().toList()).get();
	}
}
