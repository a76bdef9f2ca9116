package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * svc language-server spoken to byte by byte, as a buggy or hostile client would: frames with a
 * wrong Content-Length, garbage between frames, methods it does not have, messages without a
 * method, positions outside the document, formatting with the client's own indentation, and a
 * thousand completions with the server's memory read from the system. The server is started
 * through ./svc, the command a user configures in an editor, so its JVM settings are tested too.
 */
class LanguageServerProtocolTest {

	private static final String MODEL = """
			channel counter "Counter"
			role barista "Barista"
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

	private Process server;
	private OutputStream toServer;
	private final ByteArrayOutputStream log = new ByteArrayOutputStream();
	private final Map<String, BlockingQueue<JsonObject>> responses = new ConcurrentHashMap<>();
	private Path file;

	@BeforeEach
	void start(@TempDir Path workspace) throws Exception {
		Path script = Path.of(System.getProperty("svc.script", "../../svc")).toAbsolutePath().normalize();
		Path jar = Path.of(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isExecutable(script) && Files.isRegularFile(jar), "no ./svc or distribution at " + script);
		Path folder = Files.createDirectories(workspace.resolve("shop"));
		file = Files.writeString(folder.resolve("shop.svc"), MODEL, StandardCharsets.UTF_8);
		ProcessBuilder builder = new ProcessBuilder(script.toString(), "language-server");
		builder.environment().put("SVC_NO_BUILD", "1"); // the build that runs this test made the distribution
		builder.environment().remove("SVC_JAVA_OPTS");
		server = builder.start();
		toServer = server.getOutputStream();
		Thread.ofVirtual().start(() -> copy(server.getErrorStream(), log));
		Thread.ofVirtual().start(this::readResponses);
		send("""
				{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"processId":null,"rootUri":"%s","capabilities":{}}}"""
				.formatted(workspace.toUri()));
		assertNotNull(response("init").get("result"), "initialized");
		send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
		send("""
				{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"%s","languageId":"svc","version":1,"text":%s}}}"""
				.formatted(uri(), quoted(MODEL)));
	}

	@AfterEach
	void stop() throws Exception {
		if (server != null) {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aContentLengthTooShortIsAnsweredAsAParseErrorAndTheNextRequestsAreServed() throws Exception {
		frame(hover("short", 6, 15), -20);
		send(hover("after-short", 6, 15));
		assertTrue(hoverText(response("after-short")).contains("Counter"), "the next request is answered");
		JsonObject parseError = response("null");
		assertEquals(-32700, parseError.getAsJsonObject("error").get("code").getAsInt(), parseError.toString());
	}

	@Test
	void aContentLengthTooLongStillServesThatRequestAndTheNextOne() throws Exception {
		frame(hover("long", 6, 15), 20);
		send(hover("after-long", 6, 15));
		assertTrue(hoverText(response("long")).contains("Counter"));
		assertTrue(hoverText(response("after-long")).contains("Counter"));
	}

	@Test
	void garbageBetweenFramesIsSkipped() throws Exception {
		write("hello\r\n\r\nsome bytes \u00ff\u0000 that are no header\n".getBytes(StandardCharsets.ISO_8859_1));
		write("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".getBytes(StandardCharsets.US_ASCII));
		send(hover("after-garbage", 6, 15));
		assertTrue(hoverText(response("after-garbage")).contains("Counter"));
	}

	@Test
	void anUnknownMethodIsMethodNotFoundWithoutAStackTrace() throws Exception {
		send("{\"jsonrpc\":\"2.0\",\"id\":\"unknown\",\"method\":\"svc/noSuchThing\",\"params\":{}}");
		JsonObject error = response("unknown").getAsJsonObject("error");
		assertEquals(-32601, error.get("code").getAsInt(), error.toString());
		assertFalse(error.toString().contains("at org."), "no stack trace: " + error);
		send("{\"jsonrpc\":\"2.0\",\"method\":\"svc/noSuchNotification\",\"params\":{}}"); // dropped, as JSON-RPC allows
		send(hover("after-unknown", 6, 15));
		assertTrue(hoverText(response("after-unknown")).contains("Counter"));
	}

	@Test
	void aMessageWithoutAMethodIsAnInvalidRequest() throws Exception {
		send("{\"jsonrpc\":\"2.0\",\"id\":\"nomethod\",\"params\":{}}");
		JsonObject error = response("nomethod").getAsJsonObject("error");
		assertEquals(-32600, error.get("code").getAsInt(), error.toString());
	}

	@Test
	void positionsOutsideTheDocumentAreAnsweredNullWithoutQuotingIt() throws Exception {
		send(hover("far-hover", 999, 0));
		send(request("far-completion", "textDocument/completion", position(uri(), 12, 400)));
		send(request("far-definition", "textDocument/definition", position(uri(), -1, -1)));
		for (String id : List.of("far-hover", "far-completion", "far-definition")) {
			JsonObject answer = response(id);
			assertFalse(answer.has("error"), answer.toString());
			assertTrue(answer.get("result").isJsonNull(), answer.toString());
		}
		assertFalse(log.toString(StandardCharsets.UTF_8).contains("Corner shop"), "the document is not logged: " + log);
	}

	@Test
	void formattingKeepsTheLanguagesLayoutWhateverTheClientsIndentation() throws Exception {
		send(request("format-clean", "textDocument/formatting",
				"{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}"));
		assertEquals(0, response("format-clean").getAsJsonArray("result").size(), "a formatted file gets no edits");

		String messy = MODEL.replace("\t\t\t\tchannel counter", "      channel   counter");
		assertFalse(messy.equals(MODEL));
		send("""
				{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"%s","version":2},"contentChanges":[{"text":%s}]}}"""
				.formatted(uri(), quoted(messy)));
		send(request("format-messy", "textDocument/formatting",
				"{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}"));
		var edits = response("format-messy").getAsJsonArray("result");
		assertFalse(edits.isEmpty());
		for (JsonElement edit : edits) {
			String text = edit.getAsJsonObject().get("newText").getAsString();
			assertFalse(text.contains("  "), "tabs, not the client's spaces: " + edits);
		}
	}

	@Test
	void aThousandCompletionsStayWithinTheServersMemory() throws Exception {
		long before = residentKilobytes();
		for (int i = 0; i < 1_000; i++) {
			send(request("c" + i, "textDocument/completion", position(uri(), 6, 15)));
		}
		for (int i = 0; i < 1_000; i++) {
			assertFalse(response("c" + i).has("error"));
		}
		long after = residentKilobytes();
		System.out.printf("svc language-server resident memory: %d MB before, %d MB after 1,000 completions%n", before / 1024,
				after / 1024);
		// -Xmx1g in ./svc: heap, class data and code stay well below 1.5 GB
		assertTrue(after < 1_536 * 1024, "resident " + after / 1024 + " MB");
	}

	// ---------------------------------------------------------------- the raw client

	private String uri() {
		return file.toUri().toString();
	}

	private static String hover(String id, int line, int character) {
		return request(id, "textDocument/hover", position(null, line, character));
	}

	private static String position(String uri, int line, int character) {
		return "{\"textDocument\":{\"uri\":\"" + (uri == null ? "URI" : uri) + "\"},\"position\":{\"line\":" + line + ",\"character\":"
				+ character + "}}";
	}

	private static String request(String id, String method, String params) {
		return "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"" + method + "\",\"params\":" + params + "}";
	}

	private static String quoted(String text) {
		return new com.google.gson.Gson().toJson(text);
	}

	private static String hoverText(JsonObject response) {
		return response.get("result").toString();
	}

	private void send(String json) throws IOException {
		frame(json, 0);
	}

	/** One frame whose Content-Length is off by {@code error} bytes. */
	private void frame(String json, int error) throws IOException {
		byte[] body = json.replace("URI", uri()).getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.writeBytes(("Content-Length: " + (body.length + error) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		frame.writeBytes(body);
		write(frame.toByteArray());
	}

	private void write(byte[] bytes) throws IOException {
		toServer.write(bytes);
		toServer.flush();
	}

	private JsonObject response(String id) throws InterruptedException {
		JsonObject response = queue(id).poll(60, TimeUnit.SECONDS);
		assertNotNull(response, "no answer to " + id + "; server log:\n" + log);
		return response;
	}

	private BlockingQueue<JsonObject> queue(String id) {
		return responses.computeIfAbsent(id, k -> new LinkedBlockingQueue<>());
	}

	private void readResponses() {
		try (InputStream in = server.getInputStream()) {
			while (true) {
				int length = -1;
				String line;
				while (!(line = readLine(in)).isEmpty()) {
					if (line.startsWith("Content-Length:")) {
						length = Integer.parseInt(line.substring("Content-Length:".length()).strip());
					}
				}
				JsonObject message = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
				if (message.has("id") && !message.has("method")) {
					JsonElement id = message.get("id");
					queue(id.isJsonNull() ? "null" : id.getAsString()).add(message);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the server ended
		}
	}

	private static String readLine(InputStream in) throws IOException {
		List<Byte> bytes = new ArrayList<>();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("end of output");
			}
			if (b != '\r') {
				bytes.add((byte) b);
			}
		}
		byte[] array = new byte[bytes.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = bytes.get(i);
		}
		return new String(array, StandardCharsets.US_ASCII);
	}

	private long residentKilobytes() throws IOException {
		long pid = server.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst()
				.map(ProcessHandle::pid).orElse(server.pid());
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		return 0;
	}

	private static void copy(InputStream in, OutputStream out) {
		try {
			in.transferTo(out);
		} catch (IOException e) {
			// the process ended
		}
	}
}
