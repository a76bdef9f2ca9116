package org.svcworkbench.svc.cli.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.svcworkbench.svc.ide.server.WorkspaceReadInTurn;
import org.svcworkbench.svc.words.Findings;

/**
 * The reading of the workspace as an editor's progress bar (LSP work done progress): "Reading the
 * workspace", "340 of 1,000 .svc files checked", until every file is. The client is asked to make
 * the bar once it is ready, and each report waits for the one before, so they arrive in order; a
 * client that refuses the bar gets none of them.
 */
final class ReadingProgress implements WorkspaceReadInTurn.Progress {

	private final LanguageClient client;
	private final CompletableFuture<Void> clientReady;
	private final Findings words;

	/** The bar as the client has it, after the last message sent; null when none is shown. */
	private CompletableFuture<Void> shown;
	private Either<String, Integer> token;
	private int readings;

	ReadingProgress(LanguageClient client, CompletableFuture<Void> clientReady, Findings words) {
		this.client = client;
		this.clientReady = clientReady;
		this.words = words;
	}

	@Override
	public synchronized void read(int files, int of) {
		String message = words.text("run.progress.checked", files, of);
		int percentage = of == 0 ? 100 : (int) (100L * files / of);
		if (shown == null) {
			Either<String, Integer> bar = Either.forLeft("svc-reading-" + ++readings);
			WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
			begin.setTitle(words.text("run.progress.reading"));
			begin.setMessage(message);
			begin.setPercentage(percentage);
			begin.setCancellable(false);
			token = bar;
			shown = clientReady.thenCompose(ready -> client.createProgress(new WorkDoneProgressCreateParams(bar))).thenRun(() -> send(bar, begin));
		} else {
			WorkDoneProgressReport report = new WorkDoneProgressReport();
			report.setMessage(message);
			report.setPercentage(percentage);
			Either<String, Integer> bar = token;
			shown = shown.thenRun(() -> send(bar, report));
		}
	}

	@Override
	public synchronized void end() {
		if (shown != null) {
			Either<String, Integer> bar = token;
			shown.thenRun(() -> send(bar, new WorkDoneProgressEnd()));
			shown = null;
		}
	}

	private void send(Either<String, Integer> bar, WorkDoneProgressNotification notification) {
		client.notifyProgress(new ProgressParams(bar, Either.forLeft(notification)));
	}
}
