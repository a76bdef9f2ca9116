package org.svcworkbench.svc.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.svcworkbench.svc.parser.antlr.internal.InternalSvcLexer;

/**
 * The generated lexer, describing its errors as facts for {@link SvcSyntaxErrorMessages} to phrase:
 * an unclosed text or comment, or a word it could not read (often a misspelt keyword with a hyphen,
 * 'mystery-shoping'). Xtext hands lexer errors on as plain strings, so the facts travel encoded as
 * {@code kind|line:column|text}; see {@link LexerFact}. Names may use letters of every script.
 */
public class SvcLexer extends InternalSvcLexer {

	private static final String QUOTES = "\"'「“‘";

	public SvcLexer() {
	}

	public SvcLexer(CharStream input) {
		super(input);
	}

	/** Names in every script (see {@link UnicodeNames}), then the generated rules. */
	@Override
	public void mTokens() throws RecognitionException {
		if (!UnicodeNames.lexName(input, state, RULE_ID)) {
			super.mTokens();
		}
	}

	@Override
	public String getErrorMessage(RecognitionException e, String[] tokenNames) {
		int start = state.tokenStartCharIndex;
		String position = state.tokenStartLine + ":" + (state.tokenStartCharPositionInLine + 1);
		char first = charAt(start);
		if (QUOTES.indexOf(first) >= 0 && e.c == CharStream.EOF) {
			return new LexerFact(LexerFact.Kind.UNCLOSED_TEXT, position, String.valueOf(first)).encode();
		}
		if (first == '/' && charAt(start + 1) == '*') {
			return new LexerFact(LexerFact.Kind.UNCLOSED_COMMENT, position, "/*").encode();
		}
		return new LexerFact(LexerFact.Kind.WORD, position, wordAt(start)).encode();
	}

	static char closingQuote(char opening) {
		return switch (opening) {
			case '「' -> '」';
			case '“' -> '”';
			case '‘' -> '’';
			default -> opening;
		};
	}

	private char charAt(int index) {
		return index >= 0 && index < input.size() ? input.substring(index, index).charAt(0) : '\0';
	}

	/** Letters, digits, '_' and '-' from the start of the failed token. */
	private String wordAt(int start) {
		int end = start;
		while (end < input.size() && end - start < 80) {
			char c = charAt(end);
			if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
				break;
			}
			end++;
		}
		return end == start ? String.valueOf(charAt(start)) : input.substring(start, end - 1);
	}
}
