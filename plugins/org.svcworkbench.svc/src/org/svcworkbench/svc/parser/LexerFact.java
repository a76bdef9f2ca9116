package org.svcworkbench.svc.parser;

/** A lexer error as facts, passed from {@link SvcLexer} to {@link SvcSyntaxErrorMessages} through a string. */
record LexerFact(Kind kind, String position, String text) {

	enum Kind {
		UNCLOSED_TEXT, UNCLOSED_COMMENT, WORD
	}

	private static final char SEPARATOR = '|';

	String encode() {
		return kind.name() + SEPARATOR + position + SEPARATOR + text;
	}

	/** The fact encoded in a lexer message, or null for a message that did not come from {@link SvcLexer}. */
	static LexerFact decode(String message) {
		if (message == null) {
			return null;
		}
		int first = message.indexOf(SEPARATOR);
		int second = first < 0 ? -1 : message.indexOf(SEPARATOR, first + 1);
		if (second < 0) {
			return null;
		}
		try {
			return new LexerFact(Kind.valueOf(message.substring(0, first)), message.substring(first + 1, second),
					message.substring(second + 1));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
