package org.svcworkbench.svc.validation;

import java.util.Arrays;

/**
 * 1-based line and column of an offset in a text, for any offset from 0 to the text's length and
 * any mix of line ends ("\r\n", "\n" or a lone "\r"). Xtext's own computation fails on an offset
 * just after a lone "\r" at the end of a file; this one never throws.
 */
public final class TextPositions {

	private static volatile TextPositions last; // validation asks about one text many times in a row

	private final String text;
	private final int[] lineStarts;

	private TextPositions(String text) {
		this.text = text;
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		lineStarts = Arrays.copyOf(starts, count);
	}

	public static TextPositions of(String text) {
		TextPositions cached = last;
		if (cached != null && cached.text == text) {
			return cached;
		}
		TextPositions created = new TextPositions(text);
		last = created;
		return created;
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(offset, text.length()));
	}

	private int lineIndex(int offset) {
		int found = Arrays.binarySearch(lineStarts, clamp(offset));
		return found >= 0 ? found : -found - 2;
	}

	public int line(int offset) {
		return lineIndex(offset) + 1;
	}

	public int column(int offset) {
		return clamp(offset) - lineStarts[lineIndex(offset)] + 1;
	}
}
