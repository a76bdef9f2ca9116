package org.svcworkbench.svc.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.svcworkbench.svc.ide.SvcIdeSetup;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * The editor's figures on a generated 5,000-line .svc file, measured through the same path the
 * Eclipse editor takes (Xtext's language server in-process, called through LSP4J's Java
 * interfaces): content-assist latency over 100 requests, and the time from an edit to the
 * server's new diagnostics (a full revalidation of the file). Targets: p95 ≤ 50 ms, ≤ 200 ms.
 *   java ... EditorBenchmark [lines]
 */
public final class EditorBenchmark {

	private EditorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
		Path folder = Files.createTempDirectory("svc-editor-benchmark");
		String text = fileOf(wanted);
		Path file = folder.resolve("big.svc");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		String uri = file.toUri().toString();
		int lines = text.split("\n", -1).length - 1;

		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("svc",
				new SvcIdeSetup().createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class));
		LanguageServerImpl server = Guice.createInjector(Modules.override(new ServerModule())
				.with(new org.svcworkbench.svc.ide.server.SvcServerModule(), binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry))).getInstance(LanguageServerImpl.class);
		BlockingQueue<Long> published = new LinkedBlockingQueue<>();
		server.connect(new Client(uri, published));
		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "benchmark")));
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		init.setCapabilities(capabilities);
		server.initialize(init).get();
		server.initialized(new InitializedParams());
		published.clear();
		long opened = System.nanoTime();
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "svc", 0, text)));
		published.poll(60, TimeUnit.SECONDS);
		System.out.printf("file: %,d lines, %,d characters; first check after opening: %d ms%n", lines, text.length(),
				(System.nanoTime() - opened) / 1_000_000);

		List<Position> carets = carets(text);
		for (int i = 0; i < 50; i++) { // warm-up
			server.completion(new CompletionParams(new TextDocumentIdentifier(uri), carets.get(i % carets.size()))).get();
		}
		List<Double> assist = new ArrayList<>();
		int proposals = 0;
		for (int i = 0; i < 100; i++) {
			Position caret = carets.get((i * 7919) % carets.size());
			long start = System.nanoTime();
			var answer = server.completion(new CompletionParams(new TextDocumentIdentifier(uri), caret)).get();
			assist.add((System.nanoTime() - start) / 1e6);
			proposals += answer.isLeft() ? answer.getLeft().size() : answer.getRight().getItems().size();
		}
		System.out.printf("content assist, 100 requests (%.1f proposals each): p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= 50 ms)%n",
				proposals / 100.0, percentile(assist, 50), percentile(assist, 95), Collections.max(assist));

		List<Double> revalidation = new ArrayList<>();
		for (int version = 1; version <= 30; version++) {
			String edited = text.replace("Synthetic service number 3\"", "Synthetic service number 3 (edit " + version + ")\"");
			published.clear();
			long start = System.nanoTime();
			server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
					List.of(new TextDocumentContentChangeEvent(edited))));
			Long at = published.poll(60, TimeUnit.SECONDS);
			if (version > 10) { // the first ten warm up
				revalidation.add(((at == null ? System.nanoTime() : at) - start) / 1e6);
			}
		}
		System.out.printf("revalidation after an edit, 20 edits: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target <= 200 ms)%n",
				percentile(revalidation, 50), percentile(revalidation, 95), Collections.max(revalidation));
		server.shutdown().get();
		System.exit(0);
	}

	/** Whole synthetic services, one after the other, until the file has about the wanted lines. */
	static String fileOf(int lines) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.chars().filter(c -> c == '\n').count() < lines; i++) {
			text.append(SyntheticModels.service(i)).append('\n');
		}
		return text.toString();
	}

	/** Where a designer asks for proposals: after 'channels ' (names) and at the start of block lines (keywords). */
	static List<Position> carets(String text) {
		List<Position> carets = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int line = 0; line < lines.length; line++) {
			int channels = lines[line].indexOf("channels ");
			if (channels >= 0) {
				carets.add(new Position(line, channels + "channels ".length()));
			} else if (lines[line].startsWith("\t\t") && lines[line].trim().length() > 0) {
				carets.add(new Position(line, 2));
			}
		}
		return carets;
	}

	static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	/** Notes when the server publishes the file's diagnostics. */
	private record Client(String uri, BlockingQueue<Long> published) implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			if (params.getUri().equals(uri)) {
				published.add(System.nanoTime());
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
