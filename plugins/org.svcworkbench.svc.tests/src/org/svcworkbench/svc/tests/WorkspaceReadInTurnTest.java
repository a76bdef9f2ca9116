package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ide.server.WorkspaceReadInTurn;

import com.google.inject.Module;

/**
 * `svc language-server` answers 'initialize' before it reads the workspace, then reads every folder
 * in turn: an editor works at once, a document's folder is read when it opens, and the problem list
 * ends up covering every file. (JUnit's assertEquals by its full name, as in SvcLanguageServerTest.)
 */
class WorkspaceReadInTurnTest extends AbstractLanguageServerTest {

	private static final int FOLDERS = 60;

	WorkspaceReadInTurnTest() {
		super("svc");
	}

	@Override
	protected Module getServerModule() {
		return SvcLanguageServerTest.serverModule();
	}

	/** Every folder declares and uses the same names, as real portfolios do. */
	private void writeFolders() {
		for (int i = 0; i < FOLDERS; i++) {
			new File(root, "f" + i).mkdirs();
			writeFile("f" + i + "/channels.svc", "channel shop \"Shop\"\n");
			writeFile("f" + i + "/service.svc", "service S { place { channels shop, nowhere } }\n");
		}
	}

	@Test
	void eachFileIsCheckedOnce() throws Exception {
		writeFolders();
		initialize();
		awaitRead(workspace());
		Map<String, Long> published = languageServer.getRequestManager().runRead(cancel -> notifications.stream().map(notification -> notification.getValue())
				.filter(PublishDiagnosticsParams.class::isInstance).map(diagnostics -> ((PublishDiagnosticsParams) diagnostics).getUri())
				.collect(Collectors.groupingBy(uri -> uri, Collectors.counting()))).get();
		Assertions.assertEquals(2 * FOLDERS, published.size(), "files checked");
		Assertions.assertEquals(Map.of(), published.entrySet().stream().filter(file -> file.getValue() != 1L)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "files checked more than once (a folder read touched the folders read before it)");
	}

	@Test
	void answersFirstThenReadsEveryFolderInTurn() throws Exception {
		writeFolders();
		writeFile("f30/gone.svc", "channel gone\n");
		initialize();
		WorkspaceReadInTurn workspace = workspace();
		assertTrue(languageServer.getRequestManager().runRead(cancel -> workspace.isWaiting()).get(), "'initialize' answered before the folders were read");

		// The last folder's document opens first: its folder is read with it, so its links resolve.
		String text = "service S { place { channels shop, elsewhere } }\n";
		String opened = getVirtualFile("f59/service.svc");
		open(opened, text);
		Assertions.assertEquals(List.of("Unknown channel 'elsewhere'"), errors(getDiagnostics().get(opened)));
		// Requests made while folders are read are answered, not cancelled by the reading.
		for (int i = 0; i < 20; i++) {
			var result = languageServer.completion(new CompletionParams(new TextDocumentIdentifier(opened), new Position(0, 29))).get();
			List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
			assertTrue(labels.contains("shop"), labels.toString());
		}
		deleteFile("f30/gone.svc");
		languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(getVirtualFile("f30/gone.svc"), FileChangeType.Deleted))));

		awaitRead(workspace);
		Map<String, List<Diagnostic>> diagnostics = getDiagnostics();
		List<String> unread = new ArrayList<>();
		for (int i = 0; i < FOLDERS; i++) {
			String service = getVirtualFile("f" + i + "/service.svc");
			if (!service.equals(opened) && !List.of("Unknown channel 'nowhere'").equals(errors(diagnostics.get(service)))) {
				unread.add(service + ": " + diagnostics.get(service));
			}
			if (!List.of().equals(errors(diagnostics.get(getVirtualFile("f" + i + "/channels.svc"))))) {
				unread.add("f" + i + "/channels.svc: " + diagnostics.get(getVirtualFile("f" + i + "/channels.svc")));
			}
		}
		Assertions.assertEquals(List.of(), unread, "every file checked once, with its own folder's names");
		Assertions.assertEquals(List.of(), diagnostics.getOrDefault(getVirtualFile("f30/gone.svc"), List.of()), "a file deleted before its folder was read");
	}

	@Test
	void aFolderAddedToTheWorkspaceWhileItIsReadJoinsItsProgress(@TempDir Path other) throws Exception {
		writeFolders();
		for (int i = 0; i < 5; i++) {
			Path folder = Files.createDirectories(other.resolve("g" + i));
			Files.writeString(folder.resolve("channels.svc"), "channel shop\n");
			Files.writeString(folder.resolve("service.svc"), "service S { place { channels shop } }\n");
		}
		List<String> bar = new CopyOnWriteArrayList<>();
		WorkspaceReadInTurn workspace = workspace();
		workspace.reportTo(new WorkspaceReadInTurn.Progress() {
			@Override
			public void read(int files, int of) {
				bar.add(files + "/" + of);
			}

			@Override
			public void end() {
				bar.add("end");
			}
		});
		initialize();
		languageServer.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
				new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(other.toUri().toString(), "other")), List.of())));
		awaitRead(workspace);
		int all = 2 * FOLDERS + 10;
		Assertions.assertEquals("0/" + (2 * FOLDERS), bar.get(0), bar.toString());
		Assertions.assertEquals(List.of(all + "/" + all, "end"), bar.subList(bar.size() - 2, bar.size()), bar.toString());
		Assertions.assertEquals(1, bar.stream().filter(step -> step.startsWith("0/")).count(), "one bar: " + bar);
		Assertions.assertEquals(List.of(), errors(getDiagnostics().get(other.resolve("g4/service.svc").toUri().toString())));
	}

	/** Once read, a folder's links follow its files as they are renamed and deleted (the index lists each folder's files). */
	@Test
	void aReadFolderSeesItsFilesComeAndGo() throws Exception {
		writeFolders();
		initialize();
		awaitRead(workspace());
		String service = getVirtualFile("f7/service.svc");
		Assertions.assertEquals(List.of("Unknown channel 'nowhere'"), errors(getDiagnostics().get(service)));

		Files.move(root.toPath().resolve("f7/channels.svc"), root.toPath().resolve("f7/places.svc"));
		languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(getVirtualFile("f7/channels.svc"), FileChangeType.Deleted),
				new FileEvent(getVirtualFile("f7/places.svc"), FileChangeType.Created))));
		Assertions.assertEquals(List.of("Unknown channel 'nowhere'"), errorsOnceBuilt(service), "the channel found in the renamed file");

		Files.delete(root.toPath().resolve("f7/places.svc"));
		languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(getVirtualFile("f7/places.svc"), FileChangeType.Deleted))));
		Assertions.assertEquals(List.of("Unknown channel 'nowhere'", "Unknown channel 'shop'"), errorsOnceBuilt(service), "the channel gone with its file");
		Assertions.assertEquals(List.of("Unknown channel 'nowhere'"), errors(getDiagnostics().get(getVirtualFile("f8/service.svc"))), "the next folder");
	}

	/** The file's errors once the changes sent before are built (a read waits for the writes before it). */
	private List<String> errorsOnceBuilt(String file) throws Exception {
		languageServer.getRequestManager().runRead(cancel -> null).get();
		return errors(getDiagnostics().get(file));
	}

	/** The start of each error's message (up to its colon), sorted; null when the file was never checked. */
	private static List<String> errors(List<Diagnostic> diagnostics) {
		return diagnostics == null ? null
				: diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).map(d -> d.getMessage().getLeft())
						.map(message -> message.contains(":") ? message.substring(0, message.indexOf(':')) : message).sorted().toList();
	}

	private void awaitRead(WorkspaceReadInTurn workspace) throws Exception {
		long end = System.nanoTime() + 120_000_000_000L;
		while (languageServer.getRequestManager().runRead(cancel -> workspace.isWaiting()).get()) {
			assertTrue(System.nanoTime() < end, "the folders are still not read after two minutes");
			Thread.sleep(20);
		}
	}

	private WorkspaceReadInTurn workspace() throws ReflectiveOperationException {
		return (WorkspaceReadInTurn) SvcLanguageServerTest.workspaceOf(languageServer);
	}
}
