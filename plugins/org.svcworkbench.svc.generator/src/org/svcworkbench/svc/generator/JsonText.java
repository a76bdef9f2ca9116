package org.svcworkbench.svc.generator;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.svcworkbench.svc.load.TextBuffer;

import com.google.gson.stream.JsonWriter;

/** JSON text written with Gson's streaming writer: two-space indents, keys in the order written, a final newline. */
public final class JsonText {

	/** What writes the document. */
	@FunctionalInterface
	public interface Body {
		void write(JsonWriter json) throws IOException;
	}

	public static String of(Body body) {
		TextBuffer out = new TextBuffer(1 << 10);
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			body.write(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out + "\n";
	}

	private JsonText() {
	}
}
