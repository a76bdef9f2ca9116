package org.svcworkbench.svc.generator;

import java.util.regex.Pattern;

import org.svcworkbench.svc.words.BidiIsolation;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Model text as literal GitHub-flavoured Markdown: markup characters are backslash-escaped, HTML
 * characters become entities (GFM would render raw HTML), table pipes are escaped, line breaks
 * with their indentation and tabs become single spaces (a table row is one line), and what would
 * start a heading, list, quote or rule at the beginning of a line is escaped too; bidirectional
 * controls are isolated ({@link BidiIsolation}).
 */
public final class MarkdownEscaping implements EscapingStrategy {

	static final String NAME = "md";
	private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R[ \\t]*");

	@Override
	public String escape(String input) {
		if (isPlain(input)) {
			return input; // most names and texts: nothing to escape, nothing to copy
		}
		StringBuilder out = new StringBuilder(input.length() + 16);
		boolean lineStart = true;
		// a line break with the indentation around it is one space; a tab is a space (it would shift a table cell)
		String isolated = BidiIsolation.isolate(input);
		String text = (hasLineBreak(isolated) ? LINE_BREAK.matcher(isolated).replaceAll(" ") : isolated).replace('\t', ' ');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '\\', '`', '*', '_', '[', ']', '|', '~', '{', '}', '(', ')', '!' -> out.append('\\').append(c);
			case '#', '-', '+', '=' -> out.append(lineStart ? "\\" : "").append(c);
			default -> {
				if (lineStart && Character.isDigit(c)) {
					// "1. " at the start would begin an ordered list: escape the dot after the digits ("1) " is
					// escaped already, as every parenthesis is).
					int end = i;
					while (end < text.length() && Character.isDigit(text.charAt(end))) {
						end++;
					}
					out.append(text, i, end);
					if (end < text.length() && text.charAt(end) == '.') {
						out.append('\\');
					}
					i = end - 1;
				} else {
					out.append(c);
				}
			}
			}
			lineStart = false;
		}
		return out.toString();
	}

	/** No character that {@link #escape} would change, at the start or further on. */
	private static boolean isPlain(String text) {
		if (text.isEmpty()) {
			return true;
		}
		char first = text.charAt(0);
		if (Character.isDigit(first) || first == '#' || first == '-' || first == '+' || first == '=') {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&', '<', '>', '\\', '`', '*', '_', '[', ']', '|', '~', '{', '}', '(', ')', '!', '\t' -> {
				return false;
			}
			default -> {
				if (isLineBreak(c) || BidiIsolation.isControl(c)) {
					return false;
				}
			}
			}
		}
		return true;
	}

	/** What \R matches: most texts have none, and then the regular expression need not run. */
	private static boolean hasLineBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isLineBreak(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLineBreak(char c) {
		return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}
}
