package org.svcworkbench.svc.parser;

import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider.IParserErrorContext;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * What the parser knew when it met a syntax error: the offending token, the last token it matched,
 * what could have stood there, and the innermost block still open.
 *
 * @param expected token types that could have followed {@code previous}; null before the first token
 */
record SyntaxErrorSituation(IParserErrorContext delegate, XtextTokenStream tokens, Set<Integer> expected,
		Token previous, Token openBrace, Token lastClosedBrace) implements IParserErrorContext {

	@Override
	public EObject getCurrentContext() {
		return delegate.getCurrentContext();
	}

	@Override
	public INode getCurrentNode() {
		return delegate.getCurrentNode();
	}

	@Override
	public String getDefaultMessage() {
		return delegate.getDefaultMessage();
	}

	@Override
	public RecognitionException getRecognitionException() {
		return delegate.getRecognitionException();
	}

	@Override
	public String[] getTokenNames() {
		return delegate.getTokenNames();
	}

	Token offending() {
		return getRecognitionException().token;
	}

	/** The token after the given one in the file (hidden ones included), or null at the end. */
	Token after(Token token) {
		int next = token.getTokenIndex() + 1;
		return token.getTokenIndex() >= 0 && next < tokens.size() ? tokens.get(next) : null;
	}

	/** The visible token before the given one (comments and spaces skipped), or null at the start. */
	Token visibleBefore(Token token) {
		for (int i = token.getTokenIndex() - 1; i >= 0 && i < tokens.size(); i--) {
			if (tokens.get(i).getChannel() != Token.HIDDEN_CHANNEL) {
				return tokens.get(i);
			}
		}
		return null;
	}

	/** The visible token after the given one, or null at the end. */
	Token visibleAfter(Token token) {
		for (int i = token.getTokenIndex() + 1; token.getTokenIndex() >= 0 && i < tokens.size(); i++) {
			if (tokens.get(i).getChannel() != Token.HIDDEN_CHANNEL) {
				return tokens.get(i);
			}
		}
		return null;
	}

	/** The text of the file from one offset to another, clamped to the file. */
	static String text(Token token, int from, int to) {
		if (!(token instanceof CommonToken common) || common.getInputStream() == null) {
			return "";
		}
		CharStream chars = common.getInputStream();
		int start = Math.max(0, from);
		int end = Math.min(chars.size() - 1, to);
		return end < start ? "" : chars.substring(start, end);
	}

	/** The source line a token stands on, from its start up to the token, trimmed. */
	static String lineUpTo(Token token) {
		if (!(token instanceof CommonToken common)) {
			return "";
		}
		String before = text(token, common.getStartIndex() - 200, common.getStartIndex() - 1);
		int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
		return before.substring(lineStart).strip();
	}

	static String position(Token token) {
		return token.getLine() + ":" + (token.getCharPositionInLine() + 1);
	}
}
