package org.svcworkbench.svc.ui.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** What the in-process server tells Eclipse: diagnostics go to the editors, messages to the log. */
final class EclipseLanguageClient implements LanguageClient {

	private final DiagnosticsHub diagnostics;

	EclipseLanguageClient(DiagnosticsHub diagnostics) {
		this.diagnostics = diagnostics;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.publish(params.getUri(), params.getDiagnostics());
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		logMessage(request);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error) {
			SvcUiLog.error(message.getMessage(), null);
		} else if (message.getType() == MessageType.Warning) {
			SvcUiLog.warning(message.getMessage(), null);
		}
	}

	@Override
	public void telemetryEvent(Object object) {
		// nothing is collected
	}
}
