package org.svcworkbench.svc.parser;

import java.util.Set;
import java.util.stream.Collectors;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.svcworkbench.svc.parser.antlr.internal.InternalSvcParser;

import com.google.inject.Inject;

/** Parser messages that say what to write instead of ANTLR's "no viable alternative". */
public class SvcSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	public static final String KEYWORD_AS_NAME = "svc.syntax.keyword-as-name";
	public static final String UNCLOSED_BLOCK = "svc.syntax.unclosed-block";
	public static final String STRAY_CHARACTER = "svc.syntax.stray-character";

	private final Set<String> keywords;

	@Inject
	public SvcSyntaxErrorMessages(IGrammarAccess grammar) {
		keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(k -> Character.isLetter(k.charAt(0)))
				.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		Token token = e == null ? null : e.token;
		if (token != null && token.getType() == Token.EOF) {
			return new SyntaxErrorMessage("The file ends inside a block: add the missing '}' (each '{' needs one).",
					UNCLOSED_BLOCK);
		}
		if (token != null && token.getType() == InternalSvcParser.RULE_ANY_OTHER) {
			String text = token.getText();
			int codePoint = text.codePointAt(0);
			String hint = codePoint == 0xFFFD ? " (the file is probably not saved as UTF-8: save it as UTF-8)"
					: ": remove it, or put text in quotes";
			return new SyntaxErrorMessage(String.format("Unexpected character '%s' (U+%04X)%s.", text, codePoint, hint),
					STRAY_CHARACTER);
		}
		if (token != null && keywords.contains(token.getText())) {
			return new SyntaxErrorMessage("'" + token.getText() + "' is a keyword of the .svc language and cannot stand here;"
					+ " if it is meant as a name, write ^" + token.getText() + " or choose another name.", KEYWORD_AS_NAME);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
