package org.svcworkbench.svc.ui.editor;

import java.util.Arrays;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The tokens of a text as the language's own lexer reads them, each with its highlighting style id
 * (keyword, string, number, comment, punctuation, default). Lexing a 5,000-line file takes a few
 * milliseconds, so the whole text is lexed on every change and compared with the previous tokens
 * to find what must be repainted: strings and comments that open or close far away stay right.
 */
final class LexicalTokens {

	private final int[] starts;
	private final int[] ends;
	private final String[] styles;

	private LexicalTokens(int[] starts, int[] ends, String[] styles) {
		this.starts = starts;
		this.ends = ends;
		this.styles = styles;
	}

	static LexicalTokens of(String text) {
		Injector injector = SvcLanguage.injector();
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		DefaultAntlrTokenToAttributeIdMapper mapper = injector.getInstance(DefaultAntlrTokenToAttributeIdMapper.class);
		lexer.setCharStream(new ANTLRStringStream(text));
		int capacity = Math.max(16, text.length() / 4);
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		String[] styles = new String[capacity];
		int count = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			if (!(token instanceof CommonToken common) || common.getStopIndex() < common.getStartIndex()) {
				continue;
			}
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
				ends = Arrays.copyOf(ends, count * 2);
				styles = Arrays.copyOf(styles, count * 2);
			}
			starts[count] = common.getStartIndex();
			ends[count] = common.getStopIndex() + 1;
			styles[count] = token.getType() == Token.INVALID_TOKEN_TYPE ? unclosed(common.getText()) : mapper.getId(token.getType());
			count++;
		}
		return new LexicalTokens(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(styles, count));
	}

	/** What the lexer could not read: an unclosed comment or text runs to the end, and is shown as such. */
	private static String unclosed(String text) {
		if (text == null || text.isEmpty()) {
			return HighlightingStyles.INVALID_TOKEN_ID;
		}
		if (text.startsWith("/*")) {
			return HighlightingStyles.COMMENT_ID;
		}
		return "\"'「“‘".indexOf(text.charAt(0)) >= 0 ? HighlightingStyles.STRING_ID : HighlightingStyles.INVALID_TOKEN_ID;
	}

	int size() {
		return starts.length;
	}

	int start(int i) {
		return starts[i];
	}

	int end(int i) {
		return ends[i];
	}

	String style(int i) {
		return styles[i];
	}

	/** The first token ending after the offset (binary search). */
	int indexAt(int offset) {
		int low = 0;
		int high = starts.length - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (ends[mid] <= offset) {
				low = mid + 1;
			} else {
				high = mid - 1;
			}
		}
		return low;
	}

	/**
	 * The region [start, end) of this text whose tokens differ from the previous text's, given that
	 * the change replaced {@code removed} characters at {@code offset} by {@code added} ones.
	 */
	int[] changedSince(LexicalTokens before, int offset, int removed, int added) {
		int delta = added - removed;
		int first = 0;
		int limit = Math.min(size(), before.size());
		while (first < limit && ends[first] <= offset && before.ends[first] == ends[first]
				&& before.starts[first] == starts[first] && before.styles[first].equals(styles[first])) {
			first++;
		}
		int last = size() - 1;
		int previous = before.size() - 1;
		while (last >= first && previous >= 0 && starts[last] >= offset + added
				&& before.starts[previous] + delta == starts[last] && before.ends[previous] + delta == ends[last]
				&& before.styles[previous].equals(styles[last])) {
			last--;
			previous--;
		}
		int start = first < size() ? Math.min(starts[first], offset) : offset;
		int end = last >= 0 ? Math.max(ends[last], offset + added) : offset + added;
		return new int[] { Math.min(start, end), end };
	}
}
