package org.svcworkbench.svc.ui.editor;

/**
 * The language server's hover Markdown (see SvcHoverService: bold label, code-span name,
 * backslash-escaped model text, paragraphs, hard breaks) as the little HTML that Eclipse's default
 * hover presenter draws. Model text stays text: every character is HTML-escaped.
 */
final class HoverHtml {

	private HoverHtml() {
	}

	static String of(String markdown) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : markdown.split("\n\n")) {
			if (paragraph.isBlank()) {
				continue;
			}
			html.append("<p>").append(inline(paragraph)).append("</p>");
		}
		return html.toString();
	}

	private static String inline(String text) {
		StringBuilder out = new StringBuilder();
		boolean bold = false;
		boolean code = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && !code) {
				escape(out, text.charAt(++i));
			} else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*' && !code) {
				out.append(bold ? "</b>" : "<b>");
				bold = !bold;
				i++;
			} else if (c == '`') {
				out.append(code ? "</tt>" : "<tt>");
				code = !code;
			} else if (c == ' ' && text.startsWith(" \n", i + 1)) {
				out.append("<br>");
				i += 2;
			} else if (c == '\n') {
				out.append(' ');
			} else {
				escape(out, c);
			}
		}
		if (code) {
			out.append("</tt>");
		}
		if (bold) {
			out.append("</b>");
		}
		return out.toString();
	}

	private static void escape(StringBuilder out, char c) {
		switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> out.append(c);
		}
	}
}
