package org.svcworkbench.svc.parser;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.FailedPredicateException;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider.IParserErrorContext;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.svcworkbench.svc.parser.antlr.SvcParser;
import org.svcworkbench.svc.parser.antlr.internal.InternalSvcParser;
import org.svcworkbench.svc.services.SvcGrammarAccess;

/**
 * The generated parser, remembering what it could have accepted after the last token it matched
 * and which blocks are open, so that {@link SvcSyntaxErrorMessages} can say what may stand where a
 * syntax error is.
 */
public class ExpectingParser extends SvcParser {

	@Override
	protected InternalSvcParser createParser(XtextTokenStream stream) {
		return new Tracking(stream, getGrammarAccess());
	}

	/** Keeps the FOLLOW set of the last matched token, with the rule-call stack it was matched in. */
	static final class Tracking extends InternalSvcParser {
		private static final int LEFT_BRACE = Arrays.asList(tokenNames).indexOf("'{'");
		private static final int RIGHT_BRACE = Arrays.asList(tokenNames).indexOf("'}'");

		private final Deque<Token> openBraces = new ArrayDeque<>();
		private Token lastMatched;
		private Token lastClosedBrace;
		private BitSet lastFollow;
		private BitSet[] lastStack;

		Tracking(TokenStream input, SvcGrammarAccess grammarAccess) {
			super(input, grammarAccess);
		}

		@Override
		public Object match(IntStream stream, int type, BitSet follow) throws RecognitionException {
			Token token = stream.LA(1) == type ? input.LT(1) : null;
			Object result = super.match(stream, type, follow);
			if (token != null) {
				remember(token, follow);
			}
			return result;
		}

		private void remember(Token token, BitSet follow) {
			lastMatched = token;
			lastFollow = follow;
			// Only a token that may end its rule needs the callers' FOLLOW sets; copying them is cheap.
			lastStack = follow.member(Token.EOR_TOKEN_TYPE) ? Arrays.copyOf(state.following, state._fsp + 1) : null;
			if (token.getType() == LEFT_BRACE) {
				openBraces.push(token);
			} else if (token.getType() == RIGHT_BRACE) {
				openBraces.poll();
				lastClosedBrace = token;
			}
		}

		/** Token types that could have followed the last matched token; empty before the first one. */
		private Set<Integer> expected() {
			Set<Integer> result = new TreeSet<>();
			BitSet follow = lastFollow;
			int caller = lastStack == null ? -1 : lastStack.length - 1;
			while (follow != null) {
				for (int type : follow.toArray()) {
					if (type != Token.EOR_TOKEN_TYPE) {
						result.add(type);
					}
				}
				if (!follow.member(Token.EOR_TOKEN_TYPE)) {
					break;
				}
				if (caller < 0) {
					result.add(Token.EOF);
					break;
				}
				follow = lastStack[caller--];
			}
			return result;
		}

		@Override
		protected IParserErrorContext createErrorContext(RecognitionException e) {
			IParserErrorContext context = super.createErrorContext(e);
			if (e instanceof FailedPredicateException) {
				return context; // a repeated line in an unordered group: Xtext's own context knows which
			}
			return new SyntaxErrorSituation(context, (XtextTokenStream) input, lastMatched == null ? null : expected(),
					lastMatched, openBraces.peek(), lastClosedBrace);
		}
	}
}
