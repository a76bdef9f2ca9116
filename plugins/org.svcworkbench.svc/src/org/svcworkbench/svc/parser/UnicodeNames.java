package org.svcworkbench.svc.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;

/**
 * Names in every script. The grammar's ID terminal spells out ASCII only (ANTLR 3 reads UTF-16
 * units and knows no Unicode categories, and every range it spells out multiplies its lexer
 * tables); the lexers ask {@link #extendedNameEnd} first and read any name with another letter as
 * one ID token: a letter (any category L, a letter number such as 〇, or a character of the
 * script ranges the grammar once listed, such as the katakana middle dot ・) or '_', then letters,
 * marks, digits and '_', supplementary planes included (𠮷). All-ASCII names are left to the
 * grammar, so keywords (all ASCII) are untouched.
 */
public final class UnicodeNames {
	private UnicodeNames() {
	}

	/** U+FF00..U+FFEF: full-width letters are an input-method slip with a message of their own. */
	private static final int HALF_AND_FULL_WIDTH_START = 0xFF00;
	private static final int HALF_AND_FULL_WIDTH_END = 0xFFEF;

	/**
	 * The index just after a name at the stream's position that needs more than the grammar's
	 * letters, or -1 when the generated lexer should read what is there.
	 */
	public static int extendedNameEnd(CharStream input) {
		int start = input.index();
		int i = start;
		if (input.LA(1) == '^') {
			i++;
		}
		int first = codePointAt(input, i, start);
		if (first < 0 || !isNameStart(first)) {
			return -1;
		}
		boolean beyondGrammar = !inGrammar(first);
		i += Character.charCount(first);
		for (int cp = codePointAt(input, i, start); cp >= 0 && isNamePart(cp); cp = codePointAt(input, i, start)) {
			beyondGrammar |= !inGrammar(cp);
			i += Character.charCount(cp);
		}
		return beyondGrammar ? i : -1;
	}

	/** True for a letter a name may start with. */
	public static boolean isNameStart(int cp) {
		if (cp == '_') {
			return true;
		}
		if (cp >= HALF_AND_FULL_WIDTH_START && cp <= HALF_AND_FULL_WIDTH_END) {
			return false;
		}
		return Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER || inFormerLetterRanges(cp);
	}

	/** True for what may follow the first letter of a name. */
	public static boolean isNamePart(int cp) {
		if (isNameStart(cp)) {
			return true;
		}
		if (cp >= HALF_AND_FULL_WIDTH_START && cp <= HALF_AND_FULL_WIDTH_END) {
			return false;
		}
		int type = Character.getType(cp);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}

	/** The letters and digits of the grammar's ID terminal (Svc.xtext, LETTER): ASCII. */
	static boolean inGrammar(int cp) {
		return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_' || cp >= '0' && cp <= '9';
	}

	/**
	 * The script ranges the grammar's LETTER listed before names in other scripts moved here: every
	 * character in them stays a name character (a few are not letters in Unicode, such as ・).
	 */
	private static boolean inFormerLetterRanges(int cp) {
		return cp >= 0xC0 && cp <= 0xD6 || cp >= 0xD8 && cp <= 0xF6 || cp >= 0xF8 && cp <= 0x24F
				|| cp >= 0x370 && cp <= 0x3FF || cp >= 0x400 && cp <= 0x4FF
				|| cp >= 0x3040 && cp <= 0x30FF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF
				|| cp >= 0xAC00 && cp <= 0xD7AF || cp >= 0xF900 && cp <= 0xFAFF;
	}

	/** The code point at an index of the stream (a surrogate pair read as one), or -1 at the end. */
	private static int codePointAt(CharStream input, int index, int start) {
		int c = input.LA(index - start + 1);
		if (c == CharStream.EOF) {
			return -1;
		}
		if (Character.isHighSurrogate((char) c)) {
			int low = input.LA(index - start + 2);
			if (low != CharStream.EOF && Character.isLowSurrogate((char) low)) {
				return Character.toCodePoint((char) c, (char) low);
			}
		}
		return c;
	}

	/**
	 * Reads a name that needs more than the grammar's letters as one token of the given type, as a
	 * generated token rule would; false (nothing read) when the generated rules should read on.
	 */
	public static boolean lexName(CharStream input, RecognizerSharedState state, int idType) {
		int end = extendedNameEnd(input);
		if (end < 0) {
			return false;
		}
		while (input.index() < end) {
			input.consume();
		}
		state.type = idType;
		state.channel = Token.DEFAULT_CHANNEL;
		return true;
	}
}
