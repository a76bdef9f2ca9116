package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An LSP snippet ({@code $1}, {@code ${2:default}}, {@code $0}) as plain text plus the fields to
 * link: per tab stop, the [offset, length] of each occurrence. Backslash escapes {@code \$ \} \\}.
 */
record Snippet(String text, Map<Integer, List<int[]>> fields, int exit) {

	static Snippet plain(String text) {
		return new Snippet(text, Map.of(), text.length());
	}

	static Snippet parse(String snippet) {
		StringBuilder text = new StringBuilder();
		Map<Integer, List<int[]>> fields = new TreeMap<>();
		int exit = -1;
		int i = 0;
		while (i < snippet.length()) {
			char c = snippet.charAt(i);
			if (c == '\\' && i + 1 < snippet.length() && "$}\\".indexOf(snippet.charAt(i + 1)) >= 0) {
				text.append(snippet.charAt(i + 1));
				i += 2;
			} else if (c == '$' && i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
				int j = i + 1;
				while (j < snippet.length() && Character.isDigit(snippet.charAt(j))) {
					j++;
				}
				int stop = Integer.parseInt(snippet.substring(i + 1, j));
				if (stop == 0) {
					exit = text.length();
				} else {
					fields.computeIfAbsent(stop, k -> new ArrayList<>()).add(new int[] { text.length(), 0 });
				}
				i = j;
			} else if (c == '$' && i + 2 < snippet.length() && snippet.charAt(i + 1) == '{' && Character.isDigit(snippet.charAt(i + 2))) {
				int j = i + 2;
				while (j < snippet.length() && Character.isDigit(snippet.charAt(j))) {
					j++;
				}
				int stop = Integer.parseInt(snippet.substring(i + 2, j));
				String placeholder = "";
				if (j < snippet.length() && snippet.charAt(j) == ':') {
					int close = snippet.indexOf('}', j);
					close = close < 0 ? snippet.length() : close;
					placeholder = snippet.substring(j + 1, close);
					j = close;
				}
				if (stop == 0) {
					exit = text.length();
				} else {
					fields.computeIfAbsent(stop, k -> new ArrayList<>()).add(new int[] { text.length(), placeholder.length() });
				}
				text.append(placeholder);
				i = Math.min(snippet.length(), j + 1);
			} else {
				text.append(c);
				i++;
			}
		}
		return new Snippet(text.toString(), fields, exit < 0 ? text.length() : exit);
	}
}
