package org.svcworkbench.svc.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The braces still open at an offset, as the language's lexer reads the text: a brace inside a
 * string or a comment opens nothing.
 */
final class OpenBlocks {

	private OpenBlocks() {
	}

	/** The offsets of the '{' not closed before the offset, innermost last. */
	static Deque<Integer> before(String text, int offset) {
		LexicalTokens tokens = LexicalTokens.of(text.substring(0, offset));
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.end(i) - tokens.start(i) != 1 || isText(tokens.style(i))) {
				continue;
			}
			char c = text.charAt(tokens.start(i));
			if (c == '{') {
				open.addLast(tokens.start(i));
			} else if (c == '}' && !open.isEmpty()) {
				open.removeLast();
			}
		}
		return open;
	}

	private static boolean isText(String style) {
		return HighlightingStyles.STRING_ID.equals(style) || HighlightingStyles.COMMENT_ID.equals(style);
	}
}
