package org.svcworkbench.svc.words;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Model text that cannot change the direction of the text around it. A label holding a
 * right-to-left override (U+202E) with no end would reverse everything after it, the tool's own
 * words included ("tnirpeulB"). Text that holds bidirectional controls is wrapped in a first-strong
 * isolate (U+2068 … U+2069), its unmatched closers dropped and its open embeddings, overrides and
 * isolates closed inside it; text without them, a genuine right-to-left label among them, is
 * returned as it is. The same for every format that shows model text (HTML, SVG, Markdown, CSV).
 */
public final class BidiIsolation {

	private static final char FSI = '\u2068', PDI = '\u2069', PDF = '\u202C';

	private BidiIsolation() {
	}

	public static String isolate(String text) {
		if (text == null || !hasControl(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8).append(FSI);
		Deque<Character> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == PDF) {
				if (!open.isEmpty() && !isIsolate(open.peek())) {
					open.pop();
					out.append(c);
				}
			} else if (c == PDI) {
				if (open.stream().anyMatch(BidiIsolation::isIsolate)) {
					while (!isIsolate(open.pop())) {
						// a PDI also ends the embeddings opened inside its isolate
					}
					out.append(c);
				}
			} else {
				if (isControl(c)) {
					open.push(c);
				}
				out.append(c);
			}
		}
		while (!open.isEmpty()) {
			out.append(isIsolate(open.pop()) ? PDI : PDF);
		}
		return out.append(PDI).toString();
	}

	/** A plain loop: this runs on every text of every page and picture, and almost none has a control. */
	private static boolean hasControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI (the marks LRM and RLM open nothing): what {@link #isolate} acts on. */
	public static boolean isControl(int c) {
		return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
	}

	private static boolean isIsolate(char c) {
		return c >= 0x2066 && c <= 0x2068;
	}
}
