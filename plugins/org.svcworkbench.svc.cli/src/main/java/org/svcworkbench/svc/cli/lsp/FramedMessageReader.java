package org.svcworkbench.svc.cli.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads LSP frames ("Content-Length: N", a blank line, N bytes of JSON) so that no bad frame makes
 * the server deaf. LSP4J's own reader takes the bytes after a wrong Content-Length as the next
 * header and answers nothing until a blank line happens to come. Here the reader looks for the next
 * "Content-Length:" wherever it is (after garbage, or glued to the rest of a cut message), a body
 * longer than its JSON gives the extra bytes back to be read as the next frame, and what cannot be
 * read gets the JSON-RPC answer: -32700 (parse error) or -32600 (invalid request, e.g. no method).
 */
public final class FramedMessageReader implements MessageProducer {

	private static final String CONTENT_LENGTH = "content-length:";
	/** A header line longer than this is garbage; only its tail is kept while looking for a header. */
	private static final int LONGEST_LINE = 64 * 1024;

	private final RewindableInput input;
	private final MessageJsonHandler json;
	private final MessageIssueHandler issues;
	private final ProtocolErrors errors;

	public FramedMessageReader(InputStream input, MessageJsonHandler json, MessageIssueHandler issues, ProtocolErrors errors) {
		this.input = new RewindableInput(input);
		this.json = json;
		this.issues = issues;
		this.errors = errors;
	}

	@Override
	public void listen(MessageConsumer callback) throws JsonRpcException {
		try {
			for (int length = nextContentLength(); length >= 0; length = nextContentLength()) {
				byte[] body = input.readFully(length);
				if (body == null) {
					return; // the input ended inside a message
				}
				handle(body, callback);
			}
		} catch (IOException e) {
			throw new JsonRpcException(e);
		}
	}

	/** Skips to the next Content-Length header and past the headers after it; -1 at the end of the input. */
	private int nextContentLength() throws IOException {
		int length = -1;
		while (true) {
			String line = input.readLine(LONGEST_LINE);
			if (line == null) {
				return -1;
			}
			int at = line.toLowerCase(Locale.ROOT).lastIndexOf(CONTENT_LENGTH);
			if (at >= 0) {
				length = parseLength(line.substring(at + CONTENT_LENGTH.length()));
				if (length >= 0 && at > 0) {
					errors.skipped("bytes before a header");
				}
			} else if (line.isEmpty() && length >= 0) {
				return length;
			}
			// any other header (Content-Type) is read past; a line that is no header is garbage before one
		}
	}

	private static int parseLength(String value) {
		try {
			int length = Integer.parseInt(value.strip());
			return length >= 0 ? length : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private void handle(byte[] body, MessageConsumer callback) {
		String text = new String(body, StandardCharsets.UTF_8);
		int end = JsonExtent.endOfFirstValue(text);
		if (end < 0) {
			errors.parseError("the message is not complete JSON (is its Content-Length too short?)");
			return;
		}
		String rest = text.substring(end);
		if (!rest.isBlank()) {
			input.unread(rest.getBytes(StandardCharsets.UTF_8)); // Content-Length too long: the next frame started inside
			text = text.substring(0, end);
		}
		JsonElement tree;
		try {
			tree = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			errors.parseError("the message is not JSON");
			return;
		}
		if (!(tree instanceof JsonObject object)) {
			errors.invalidRequest(null, "a message is one JSON object (batches are not used by LSP)");
			return;
		}
		boolean request = object.has("method") && object.get("method").isJsonPrimitive();
		boolean response = object.has("id") && (object.has("result") || object.has("error"));
		if (!request && !response) {
			errors.invalidRequest(object.get("id"), "the message has no method");
			return;
		}
		Message message;
		try {
			message = json.parseMessage(text);
		} catch (MessageIssueException e) {
			issues.handle(e.getRpcMessage(), e.getIssues());
			return;
		} catch (JsonParseException e) {
			errors.invalidRequest(object.get("id"), "the message cannot be read: " + ProtocolErrors.firstLine(e));
			return;
		}
		try {
			callback.consume(message);
		} catch (MessageIssueException e) {
			issues.handle(e.getRpcMessage(), e.getIssues());
		}
	}

	/** The input, with bytes that were read too far given back to be read again first. */
	static final class RewindableInput {
		private final InputStream in;
		private byte[] pending = new byte[0];
		private int position;

		RewindableInput(InputStream in) {
			this.in = in;
		}

		void unread(byte[] bytes) {
			byte[] rest = new byte[bytes.length + pending.length - position];
			System.arraycopy(bytes, 0, rest, 0, bytes.length);
			System.arraycopy(pending, position, rest, bytes.length, pending.length - position);
			pending = rest;
			position = 0;
		}

		int read() throws IOException {
			if (position < pending.length) {
				return pending[position++] & 0xFF;
			}
			return in.read();
		}

		/** A line without its \r\n or \n; null at the end of the input. Keeps only the last {@code longest} bytes. */
		String readLine(int longest) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int b = read();
			if (b < 0) {
				return null;
			}
			while (b >= 0 && b != '\n') {
				line.write(b);
				if (line.size() > longest) {
					byte[] all = line.toByteArray();
					line.reset();
					line.write(all, all.length - longest / 2, longest / 2);
				}
				b = read();
			}
			byte[] bytes = line.toByteArray();
			int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
			return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
		}

		/** Exactly n bytes, or null when the input ends first. */
		byte[] readFully(int n) throws IOException {
			byte[] result = new byte[n];
			int filled = 0;
			while (filled < n && position < pending.length) {
				result[filled++] = pending[position++];
			}
			while (filled < n) {
				int read = in.read(result, filled, n - filled);
				if (read < 0) {
					return null;
				}
				filled += read;
			}
			return result;
		}
	}
}
