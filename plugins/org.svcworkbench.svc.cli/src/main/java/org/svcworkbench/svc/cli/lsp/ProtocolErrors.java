package org.svcworkbench.svc.cli.lsp;

import java.io.PrintStream;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

import com.google.gson.JsonElement;

/**
 * The answers to messages that cannot be handled, as JSON-RPC 2.0 defines them, and one short line
 * each on standard error (never a stack trace or a document's text).
 */
public final class ProtocolErrors {

	private static final int SHORTEST_USEFUL = 200;

	private final MessageConsumer out;
	private final PrintStream log;

	public ProtocolErrors(MessageConsumer out, PrintStream log) {
		this.out = out;
		this.log = log;
	}

	void parseError(String why) {
		send(null, ResponseErrorCode.ParseError, "Parse error: " + why);
	}

	void invalidRequest(JsonElement id, String why) {
		send(id, ResponseErrorCode.InvalidRequest, "Invalid request: " + why);
	}

	void skipped(String what) {
		log.println("svc language-server: skipped " + what);
	}

	private void send(JsonElement id, ResponseErrorCode code, String message) {
		log.println("svc language-server: " + message);
		ResponseMessage response = new ResponseMessage();
		response.setJsonrpc("2.0");
		if (id != null && id.isJsonPrimitive()) {
			if (id.getAsJsonPrimitive().isNumber()) {
				response.setId(id.getAsInt());
			} else {
				response.setId(id.getAsString());
			}
		}
		response.setError(new ResponseError(code, message, null));
		out.consume(response);
	}

	/** The first line of an exception's message, cut short: messages may quote a whole document. */
	static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int newline = message.indexOf('\n');
		String line = newline >= 0 ? message.substring(0, newline) : message;
		return line.length() > SHORTEST_USEFUL ? line.substring(0, SHORTEST_USEFUL) + "..." : line;
	}
}
