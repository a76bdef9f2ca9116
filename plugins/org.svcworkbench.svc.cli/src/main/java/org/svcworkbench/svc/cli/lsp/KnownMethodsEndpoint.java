package org.svcworkbench.svc.cli.lsp;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The server's methods as a client meets them: a request for a method the server does not have is
 * answered -32601 "Method not found" (Xtext's server would fail it as an internal error with a
 * stack trace); unknown notifications are dropped, as JSON-RPC allows; a request at a position
 * outside its document (a client with an older copy of the text) is answered null, the LSP answer
 * for "nothing there", instead of an error that quotes the whole document.
 */
final class KnownMethodsEndpoint implements Endpoint {

	private final Endpoint server;
	private final Set<String> methods;

	KnownMethodsEndpoint(Endpoint server, Set<String> methods) {
		this.server = server;
		this.methods = methods;
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!methods.contains(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Method not found: " + method, null)));
		}
		CompletableFuture<?> answer = server.request(method, parameter);
		CompletableFuture<Object> result = new CompletableFuture<>() {
			@Override
			public boolean cancel(boolean mayInterruptIfRunning) {
				answer.cancel(mayInterruptIfRunning); // $/cancelRequest reaches the server's own cancel indicator
				return super.cancel(mayInterruptIfRunning);
			}
		};
		answer.whenComplete((value, failure) -> {
			if (failure == null) {
				result.complete(value);
			} else if (outsideDocument(failure)) {
				result.complete(null);
			} else {
				result.completeExceptionally(failure);
			}
		});
		return result;
	}

	@Override
	public void notify(String method, Object parameter) {
		if (methods.contains(method)) {
			server.notify(method, parameter);
		}
	}

	private static boolean outsideDocument(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause instanceof IndexOutOfBoundsException && !(cause instanceof CancellationException);
	}
}
