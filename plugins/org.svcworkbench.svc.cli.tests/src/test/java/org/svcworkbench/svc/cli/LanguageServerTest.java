package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * svc language-server as an editor meets it: a separate process spoken to over its standard
 * streams by an LSP4J client, after a burst of malformed input that must not bring it down.
 */
class LanguageServerTest {

	private static final String DECLARATIONS = """
			channel counter "Counter" {
				description "The shop's till, by the door"
			}
			role barista "Barista" {
				position front
			}
			""";
	private static final String SERVICE = """
			service Shop "Corner shop" {
				journey {
					stage during {
						touchpoint pay "Pay" {
							channel counter
							owner barista
						}
					}
				}
			}
			""";

	/** Records what the server publishes; diagnostics by file. */
	static class Client implements LanguageClient {
		final Map<String, CompletableFuture<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();

		CompletableFuture<PublishDiagnosticsParams> diagnosticsOf(Path file) {
			return diagnostics.computeIfAbsent(file.toUri().toString().replace("file:///", "file:/"), k -> new CompletableFuture<>());
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.computeIfAbsent(params.getUri().replace("file:///", "file:/"), k -> new CompletableFuture<>()).complete(params);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	/** What an editor sends in 'initialize': this process, the workspace folder, and that it knows workspace folders. */
	private static InitializeParams initialize(Path workspace) {
		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(new WorkspaceClientCapabilities());
		capabilities.getWorkspace().setWorkspaceFolders(true);
		init.setCapabilities(capabilities);
		return init;
	}

	@Test
	void anEditorGetsDiagnosticsCompletionHoverDefinitionAndFormattingAfterMalformedInput(@TempDir Path workspace) throws Exception {
		Path jar = Path.of(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isRegularFile(jar), "CLI distribution not built at " + jar);
		Path shop = Files.createDirectories(workspace.resolve("shop")), other = Files.createDirectories(workspace.resolve("other"));
		Files.writeString(shop.resolve("decl.svc"), DECLARATIONS, StandardCharsets.UTF_8);
		Path service = Files.writeString(shop.resolve("service.svc"), SERVICE, StandardCharsets.UTF_8);
		// Another folder is another model: its 'counter' is no duplicate, its 'kiosk' is not visible in shop/.
		Files.writeString(other.resolve("decl.svc"), "channel counter \"Other counter\"\nchannel kiosk \"Kiosk\"\nrole barista \"Barista\" {\n\tposition front\n}\n", StandardCharsets.UTF_8);
		Path typo = Files.writeString(other.resolve("typo.svc"), SERVICE.replace("channel counter", "channel billbord"), StandardCharsets.UTF_8);

		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
				"-jar", jar.toString(), "language-server").start();
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		Thread.ofVirtual().start(() -> {
			try {
				server.getErrorStream().transferTo(log);
			} catch (IOException e) {
				// the process ended
			}
		});
		try {
			OutputStream toServer = server.getOutputStream();
			// Not JSON, then JSON that is no JSON-RPC message, then a header that is no number: an editor's bug, not the end.
			for (String junk : List.of("{not json", "[1, 2, 3]", "{\"jsonrpc\":\"2.0\",\"method\":42}")) {
				byte[] body = junk.getBytes(StandardCharsets.UTF_8);
				toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				toServer.write(body);
			}
			toServer.write("Content-Length: many\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			toServer.flush();

			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), toServer);
			launcher.startListening();
			LanguageServer remote = launcher.getRemoteProxy();
			var capabilities = remote.initialize(initialize(workspace)).get(60, TimeUnit.SECONDS).getCapabilities();
			assertTrue(capabilities.getHoverProvider().getLeft() && capabilities.getDocumentFormattingProvider().getLeft(), "hover, formatting");
			assertFalse(capabilities.getSemanticTokensProvider().getLegend().getTokenTypes().isEmpty(), "semantic tokens for colouring");
			remote.initialized(new InitializedParams());

			PublishDiagnosticsParams typos = client.diagnosticsOf(typo).get(60, TimeUnit.SECONDS);
			assertEquals(1, typos.getDiagnostics().stream().filter(d -> d.getSeverity().getValue() == 1).count(), typos.toString());
			var error = typos.getDiagnostics().stream().filter(d -> d.getSeverity().getValue() == 1).findFirst().orElseThrow();
			String message = error.getMessage().isLeft() ? error.getMessage().getLeft() : error.getMessage().getRight().getValue();
			assertTrue(message.startsWith("Unknown channel 'billbord': declare it with 'channel billbord'"), message);
			assertEquals(new Position(4, 12), error.getRange().getStart(), "line 5, column 13 as svc validate says, 0-based");
			// quick fixes come as code actions, the finding's data travelling as JSON and back
			var actions = remote.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(
					new TextDocumentIdentifier(typo.toUri().toString()), error.getRange(), new org.eclipse.lsp4j.CodeActionContext(List.of(error))))
					.get(30, TimeUnit.SECONDS);
			var declare = actions.stream().filter(a -> a.isRight() && a.getRight().getTitle().equals("Declare channel 'billbord' in this file"))
					.findFirst().orElseThrow(() -> new AssertionError("no fix to declare the channel: " + actions)).getRight();
			var insertion = declare.getEdit().getChanges().values().iterator().next().get(0);
			assertEquals("channel billbord\n", insertion.getNewText());
			PublishDiagnosticsParams shopDeclarations = client.diagnosticsOf(shop.resolve("decl.svc")).get(60, TimeUnit.SECONDS);
			assertEquals(List.of(), shopDeclarations.getDiagnostics(), "no duplicate 'counter': other/ is another model");

			String uri = service.toUri().toString();
			remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "svc", 1, SERVICE)));
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			Position onCounter = new Position(4, 14);

			Hover hover = remote.getTextDocumentService().hover(new HoverParams(document, onCounter)).get(30, TimeUnit.SECONDS);
			String hoverText = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
			assertTrue(hoverText.contains("The shop's till, by the door"), "the target's description: " + hoverText);

			List<? extends Location> targets = remote.getTextDocumentService().definition(new DefinitionParams(document, onCounter))
					.get(30, TimeUnit.SECONDS).getLeft();
			assertEquals(1, targets.size(), targets.toString());
			assertTrue(targets.get(0).getUri().endsWith("/shop/decl.svc"), "the declaration in the same folder: " + targets);
			assertEquals(0, targets.get(0).getRange().getStart().getLine());

			String blank = SERVICE.replace("channel counter", "channel ");
			String blankUri = shop.resolve("new.svc").toUri().toString();
			remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(blankUri, "svc", 1, blank.replace("Shop", "Shop2"))));
			var completion = remote.getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(blankUri), new Position(4, 12))).get(30, TimeUnit.SECONDS);
			List<CompletionItem> proposals = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
			List<String> labels = proposals.stream().map(CompletionItem::getLabel).toList();
			assertTrue(labels.contains("counter"), "the folder's channel: " + labels);
			assertFalse(labels.contains("kiosk"), "not another folder's: " + labels);

			String messy = "service  Messy   {description \"untidy\"}\n";
			String messyUri = shop.resolve("messy.svc").toUri().toString();
			remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(messyUri, "svc", 1, messy)));
			List<? extends TextEdit> edits = remote.getTextDocumentService()
					.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(4, false)))
					.get(30, TimeUnit.SECONDS);
			assertFalse(edits.isEmpty(), "the formatter tidies the file");

			remote.shutdown().get(30, TimeUnit.SECONDS);
			remote.exit();
			assertTrue(server.waitFor(30, TimeUnit.SECONDS), "exits after 'exit'");
			assertEquals(0, server.exitValue(), log.toString(StandardCharsets.UTF_8));
		} finally {
			server.destroyForcibly();
		}
	}

	/** An editor whose locale is Chinese ('initialize' says zh-CN) gets the findings in Chinese, codes unchanged. */
	@Test
	void aChineseEditorGetsChineseFindings(@TempDir Path workspace) throws Exception {
		Path jar = Path.of(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isRegularFile(jar), "CLI distribution not built at " + jar);
		Path shop = Files.createDirectories(workspace.resolve("shop"));
		Path typo = Files.writeString(shop.resolve("typo.svc"), SERVICE.replace("channel counter", "channel billbord"), StandardCharsets.UTF_8);
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
				"-Duser.language=en", "-jar", jar.toString(), "language-server").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
			launcher.startListening();
			LanguageServer remote = launcher.getRemoteProxy();
			InitializeParams init = initialize(workspace);
			init.setLocale("zh-CN");
			remote.initialize(init).get(60, TimeUnit.SECONDS);
			remote.initialized(new InitializedParams());
			PublishDiagnosticsParams typos = client.diagnosticsOf(typo).get(60, TimeUnit.SECONDS);
			var error = typos.getDiagnostics().stream().filter(d -> d.getSeverity().getValue() == 1).findFirst().orElseThrow();
			String message = error.getMessage().isLeft() ? error.getMessage().getLeft() : error.getMessage().getRight().getValue();
			assertTrue(message.startsWith("未知的渠道“billbord”：请在本文件夹的某个 .svc 文件中用“channel billbord”声明它"), message);
			assertEquals("svc.unknown-reference", error.getCode().getLeft());
			remote.shutdown().get(30, TimeUnit.SECONDS);
			remote.exit();
		} finally {
			server.destroyForcibly();
		}
	}

	/** An editor that shows progress bars sees the workspace being read, and the bar ends once every file is checked. */
	@Test
	void theReadingOfTheWorkspaceIsAProgressBar(@TempDir Path workspace) throws Exception {
		Path jar = Path.of(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isRegularFile(jar), "CLI distribution not built at " + jar);
		for (int i = 0; i < 30; i++) {
			Path folder = Files.createDirectories(workspace.resolve(String.format("part%02d", i)));
			Files.writeString(folder.resolve("decl.svc"), DECLARATIONS, StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("service.svc"), SERVICE, StandardCharsets.UTF_8);
		}
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
				"-Duser.language=en", "-jar", jar.toString(), "language-server").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			List<String> bar = new CopyOnWriteArrayList<>();
			CompletableFuture<Integer> checkedAtTheEnd = new CompletableFuture<>();
			Client client = new Client() {
				@Override
				public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
					bar.add("create");
					return CompletableFuture.completedFuture(null);
				}

				@Override
				public void notifyProgress(ProgressParams params) {
					switch (params.getValue().getLeft()) {
					case WorkDoneProgressBegin begin -> bar.add(begin.getTitle() + ": " + begin.getMessage() + " (" + begin.getPercentage() + "%)");
					case WorkDoneProgressReport report -> bar.add(report.getMessage() + " (" + report.getPercentage() + "%)");
					case WorkDoneProgressEnd end -> {
						bar.add("end");
						checkedAtTheEnd.complete(diagnostics.size());
					}
					default -> bar.add("unexpected " + params);
					}
				}
			};
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
			launcher.startListening();
			LanguageServer remote = launcher.getRemoteProxy();
			InitializeParams init = initialize(workspace);
			init.getCapabilities().setWindow(new WindowClientCapabilities());
			init.getCapabilities().getWindow().setWorkDoneProgress(true);
			remote.initialize(init).get(60, TimeUnit.SECONDS);
			remote.initialized(new InitializedParams());
			assertEquals(60, checkedAtTheEnd.get(60, TimeUnit.SECONDS), "every file's findings published before the bar ends");
			// 20 files first, then a step twice as large
			assertEquals(List.of("create", "Reading the workspace: 0 of 60 .svc files checked (0%)", "20 of 60 .svc files checked (33%)",
					"60 of 60 .svc files checked (100%)", "end"), bar);
			remote.shutdown().get(30, TimeUnit.SECONDS);
			remote.exit();
		} finally {
			server.destroyForcibly();
		}
	}
}
