package org.svcworkbench.svc.ide.contentassist;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.svcworkbench.svc.ide.contentassist.antlr.internal.InternalSvcLexer;
import org.svcworkbench.svc.parser.UnicodeNames;

/** The content-assist lexer, reading names in every script as the runtime lexer does. */
public class SvcContentAssistLexer extends InternalSvcLexer {

	public SvcContentAssistLexer() {
	}

	public SvcContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		if (!UnicodeNames.lexName(input, state, RULE_ID)) {
			super.mTokens();
		}
	}
}
