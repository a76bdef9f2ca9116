package org.svcworkbench.svc.cli.lsp;

import java.io.PrintStream;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher with a server that survives any client: frames are read by
 * {@link FramedMessageReader}, methods go through {@link KnownMethodsEndpoint}, and a failure is
 * answered -32603 with one short line, never a stack trace or a document's text.
 */
public final class RobustLauncher extends Launcher.Builder<LanguageClient> {

	private final PrintStream log;
	private MessageJsonHandler json;
	private RemoteEndpoint remote;
	private ProtocolErrors errors;

	public RobustLauncher(PrintStream log) {
		this.log = log;
		setExceptionHandler(this::shortError);
	}

	private ResponseError shortError(Throwable thrown) {
		Throwable failure = thrown;
		while (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null) {
			failure = failure.getCause();
		}
		if (failure instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException answer) {
			return answer.getResponseError(); // an answer the server chose, e.g. "Method not found"
		}
		String line = failure.getClass().getSimpleName() + ": " + ProtocolErrors.firstLine(failure);
		log.println("svc language-server: a request failed: " + line);
		return new ResponseError(ResponseErrorCode.InternalError, "Internal error: " + line, null);
	}

	@Override
	protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
		json = jsonHandler;
		MessageConsumer out = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
		errors = new ProtocolErrors(out, log);
		KnownMethodsEndpoint local = new KnownMethodsEndpoint(ServiceEndpoints.toEndpoint(localServices), getSupportedMethods().keySet());
		remote = new RemoteEndpoint(out, local, exceptionHandler);
		jsonHandler.setMethodProvider(remote);
		remote.setJsonHandler(jsonHandler);
		return remote;
	}

	@Override
	protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer messageConsumer,
			LanguageClient remoteProxy) {
		return super.createMessageProcessor(new FramedMessageReader(input, json, remote, errors), messageConsumer, remoteProxy);
	}
}
