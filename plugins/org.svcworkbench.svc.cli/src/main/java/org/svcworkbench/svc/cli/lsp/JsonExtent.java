package org.svcworkbench.svc.cli.lsp;

/** Where the first JSON value of a text ends, found by its brackets and strings, without parsing it. */
final class JsonExtent {
	private JsonExtent() {
	}

	/** The index just after the first complete object or array, or -1 when the text holds none. */
	static int endOfFirstValue(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i == text.length() || (text.charAt(i) != '{' && text.charAt(i) != '[')) {
			return text.isBlank() ? -1 : text.length(); // not an object: the parser says what is wrong with it
		}
		int depth = 0;
		boolean inString = false;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
			} else if (c == '"') {
				inString = true;
			} else if (c == '{' || c == '[') {
				depth++;
			} else if ((c == '}' || c == ']') && --depth == 0) {
				return i + 1;
			}
		}
		return -1;
	}
}
