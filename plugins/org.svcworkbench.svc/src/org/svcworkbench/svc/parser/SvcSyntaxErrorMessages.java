package org.svcworkbench.svc.parser;

import static org.svcworkbench.svc.parser.SyntaxErrorSituation.lineUpTo;
import static org.svcworkbench.svc.parser.SyntaxErrorSituation.position;
import static org.svcworkbench.svc.parser.SyntaxVocabulary.ANY_OTHER;
import static org.svcworkbench.svc.parser.SyntaxVocabulary.ID;
import static org.svcworkbench.svc.parser.SyntaxVocabulary.INT;
import static org.svcworkbench.svc.parser.SyntaxVocabulary.STRING;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Syntax errors in words a service designer understands: where, what is wrong, and what may stand
 * there instead (from the parser's FOLLOW sets, see {@link ExpectingParser}). No parser jargon
 * ("mismatched input", "viable alternative", token names) ever reaches a message.
 */
@Singleton
public class SvcSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final String PREFIX = "svc.syntax.";
	public static final String UNEXPECTED = PREFIX + "unexpected";
	public static final String KEYWORD_AS_NAME = PREFIX + "keyword-as-name";
	public static final String MISSPELT = PREFIX + "misspelt-keyword";
	public static final String UNQUOTED_LABEL = PREFIX + "unquoted-label";
	public static final String MISSING_NAME = PREFIX + "missing-name";
	public static final String INVALID_NAME = PREFIX + "invalid-name";
	public static final String UNCLOSED_BLOCK = PREFIX + "unclosed-block";
	public static final String EXTRA_BRACE = PREFIX + "extra-brace";
	public static final String EARLY_END = PREFIX + "early-end";
	public static final String UNCLOSED_TEXT = PREFIX + "unclosed-text";
	public static final String RUNAWAY_TEXT = PREFIX + "runaway-text";
	public static final String REPEATED_LINE = PREFIX + "repeated-line";
	public static final String STRAY_CHARACTER = PREFIX + "stray-character";
	public static final String VALUE = PREFIX + "value";
	public static final String ENCODING = PREFIX + "encoding";

	/** Codes of mistakes that are not a consequence of an earlier one: each is always reported. */
	public static final Set<String> INDEPENDENT = Set.of(STRAY_CHARACTER, UNCLOSED_TEXT, ENCODING);

	private static final int SHOWN_LENGTH = 40;

	private final SyntaxVocabulary vocabulary;
	private final Findings findings;

	@Inject
	public SvcSyntaxErrorMessages(SyntaxVocabulary vocabulary, Findings findings) {
		this.vocabulary = vocabulary;
		this.findings = findings;
	}

	private String say(String key, Object... args) {
		return findings.text(key, args);
	}

	private String either(List<String> alternatives) {
		return SyntaxVocabulary.either(alternatives, findings);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		if (context.getRecognitionException() == null) {
			return lexerError(LexerFact.decode(context.getDefaultMessage()));
		}
		if (context instanceof IUnorderedGroupErrorContext) {
			String word = context.getRecognitionException().token.getText();
			return new SyntaxErrorMessage(say("syntax.repeated-line", shown(word)), REPEATED_LINE);
		}
		if (context instanceof SyntaxErrorSituation situation) {
			return situated(situation);
		}
		return new SyntaxErrorMessage(say("syntax.cannot-stand"), UNEXPECTED);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		String message = context.getDefaultMessage();
		return new SyntaxErrorMessage(message != null ? message : say("syntax.value"), VALUE);
	}

	private SyntaxErrorMessage situated(SyntaxErrorSituation s) {
		Token token = s.offending();
		Set<Integer> expected = s.expected() != null ? s.expected() : topLevel();
		List<String> alternatives = vocabulary.describe(expected, findings);
		if (token.getType() == Token.EOF) {
			return endOfFile(s, alternatives);
		}
		if (token.getType() == ANY_OTHER) {
			return strayCharacter(s, token);
		}
		String text = token.getText();
		String keyword = vocabulary.keyword(token.getType());
		boolean word = token.getType() == ID || (keyword != null && Character.isLetter(keyword.charAt(0)));
		Token previous = s.previous();

		if (previous != null && previous.getType() == STRING && previous.getText().contains("\n")
				&& token.getLine() == endLine(previous)) {
			return new SyntaxErrorMessage(say("syntax.runaway-text", position(previous), token.getLine(), previous.getLine(),
					SvcLexer.closingQuote(previous.getText().charAt(0))), RUNAWAY_TEXT);
		}
		if ("}".equals(text) && s.openBrace() == null && s.getRecognitionException() instanceof UnwantedTokenException) {
			return suggesting(say("syntax.extra-brace"), EXTRA_BRACE, token, token, "");
		}
		if (expected.contains(ID) && keyword != null && keyword.contains("-")) {
			return suggesting(say("syntax.invalid-name", keyword, nameAdvice(keyword)), INVALID_NAME, token, token, nameFor(keyword));
		}
		if (expected.contains(ID) && word && vocabulary.isReserved(text)) {
			return suggesting(say("syntax.keyword-as-name", text), KEYWORD_AS_NAME, token, token, List.of("^" + text));
		}
		if (keyword != null && word && expected.contains(token.getType())) {
			// Allowed here in general, yet refused: a line of an unordered block that was given already.
			return new SyntaxErrorMessage(say("syntax.repeated-line", keyword), REPEATED_LINE);
		}
		SyntaxErrorMessage early = lineEndsEarly(s, token, expected, alternatives);
		if (early != null) {
			return early;
		}
		if (expected.contains(vocabulary.type("%")) && previous != null && previous.getType() == INT) {
			return percentWithoutSign(s, previous);
		}
		if (expected.contains(ID) && token.getType() == INT) {
			Token next = s.after(token);
			String name = text + (next != null && next.getType() == ID && adjacent(token, next) ? next.getText() : "");
			String letters = name.substring(text.length());
			Token end = name.length() > text.length() ? next : token;
			return letters.isEmpty() ? suggesting(say("syntax.digit-name", shown(name)), INVALID_NAME, token, end, List.of("_" + name))
					: suggesting(say("syntax.digit-name.or", shown(name), shown(letters + text)), INVALID_NAME, token, end,
							List.of(letters + text, "_" + name));
		}
		if (expected.contains(ID) && !expected.contains(STRING) && token.getType() == STRING) {
			return new SyntaxErrorMessage(say("syntax.missing-name", (previous == null ? "" : shown(previous.getText()) + " "), shown(text)),
					MISSING_NAME);
		}
		if (word) {
			Set<String> candidates = new LinkedHashSet<>(vocabulary.keywords(expected));
			candidates.retainAll(vocabulary.wordKeywords());
			String suggestion = SyntaxVocabulary.closest(text, candidates);
			if (suggestion != null) {
				return suggesting(say("syntax.misspelt.expects", shown(text), suggestion, either(alternatives)), MISSPELT, token, token,
						List.of(suggestion));
			}
		}
		if (token.getType() == ID && previous != null && previous.getType() == ID && expected.contains(vocabulary.type("->"))) {
			return new SyntaxErrorMessage(say("syntax.flow-arrow", shown(previous.getText()), shown(text)), UNEXPECTED);
		}
		if (token.getType() == ID && expected.contains(STRING) && previous != null && previous.getType() == ID
				&& previous.getLine() == token.getLine() && endsItsLine(s, token)) {
			Token declaring = s.visibleBefore(previous);
			String declarationStart = declaring == null ? "" : declaring.getText() + " ";
			String name = shown(previous.getText()) + " " + shown(text);
			return at(previous, token, say("syntax.name-spaces", shown(previous.getText() + text), shown(previous.getText() + "_" + text),
					declarationStart + shown(previous.getText()) + " \"" + name + "\""), INVALID_NAME);
		}
		if (token.getType() == ID && expected.contains(STRING)) {
			return new SyntaxErrorMessage(say("syntax.unquoted-label", shown(text), either(alternatives)), UNQUOTED_LABEL);
		}
		if (s.openBrace() == null && keyword != null && word && !vocabulary.topLevelKeywords().contains(keyword)
				&& s.lastClosedBrace() != null) {
			return new SyntaxErrorMessage(say("syntax.outside-service", keyword, position(s.lastClosedBrace())), UNEXPECTED);
		}
		String hint = keyword != null && word && expected.contains(rightBrace())
				? say("syntax.brace-missing-hint", keyword)
				: "";
		return new SyntaxErrorMessage(previous == null
				? say("syntax.unexpected", capitalised(describe(token)), either(alternatives), hint)
				: say("syntax.unexpected.after", capitalised(describe(token)), describe(previous), either(alternatives), hint), UNEXPECTED);
	}

	/**
	 * A declaration cut short at the end of its line, so the parser met the next line's first word
	 * instead of what was missing. Reported at the end of the short line, where the mistake is: the
	 * missing reason of 'out-of-scope', the anchor of a deadline ('after' then nothing: the next
	 * line's keyword, which may also be a name, was read as the anchor).
	 */
	private SyntaxErrorMessage lineEndsEarly(SyntaxErrorSituation s, Token token, Set<Integer> expected,
			List<String> alternatives) {
		Token previous = s.previous();
		if (previous == null) {
			return null;
		}
		Token beforePrevious = s.visibleBefore(previous);
		String previousKeyword = vocabulary.keyword(previous.getType());
		if (beforePrevious != null && previousKeyword != null && previous.getLine() > beforePrevious.getLine()
				&& token.getLine() == previous.getLine() && vocabulary.keyword(beforePrevious.getType()) != null
				&& readAsName(s, previous)) {
			String after = shown(beforePrevious.getText());
			boolean deadline = "after".equals(after) || "before".equals(after);
			return at(beforePrevious, beforePrevious, say(deadline ? "syntax.deadline-no-anchor" : "syntax.name-missing-at-end",
					beforePrevious.getLine(), after, previousKeyword, previous.getLine()), UNEXPECTED);
		}
		if (token.getLine() <= previous.getLine() || token.getType() == Token.EOF || expected.contains(rightBrace())
				|| expected.contains(Token.EOF) || "}".equals(previous.getText()) || "{".equals(previous.getText())) {
			return null; // between lines of a block, or of a file: what is missing is not at a line's end
		}
		String line = lineUpTo(previous) + " " + previous.getText();
		if (line.startsWith("out-of-scope") && expected.contains(STRING)) {
			return at(previous, previous, say("syntax.out-of-scope-reason", previous.getLine(), shown(previous.getText())), UNEXPECTED);
		}
		return at(previous, previous, say("syntax.line-ends-early", previous.getLine(), describe(previous), either(alternatives)),
				UNEXPECTED);
	}

	/** True when the parser took the keyword token as a name (every word keyword may be one). */
	private static boolean readAsName(SyntaxErrorSituation s, Token token) {
		if (s.getCurrentNode() == null || !(token instanceof org.antlr.runtime.CommonToken common)) {
			return false;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(s.getCurrentNode().getRootNode(), common.getStartIndex());
		if (leaf == null || leaf.getOffset() != common.getStartIndex() || !(leaf.getGrammarElement() instanceof Keyword keyword)) {
			return false;
		}
		ParserRule rule = GrammarUtil.containingParserRule(keyword);
		return rule != null && rule.getName().startsWith("NameKeyword");
	}

	/** "weight 40" or "weight 0.4": a percentage written without its sign, reported at the number. */
	private SyntaxErrorMessage percentWithoutSign(SyntaxErrorSituation s, Token last) {
		Token first = last;
		Token dot = s.visibleBefore(last);
		Token whole = dot == null ? null : s.visibleBefore(dot);
		if (dot != null && ".".equals(dot.getText()) && whole != null && whole.getType() == INT && adjacent(whole, dot)
				&& adjacent(dot, last)) {
			first = whole;
		}
		Token before = s.visibleBefore(first);
		String number = first == last ? last.getText() : first.getText() + "." + last.getText();
		java.math.BigDecimal value = new java.math.BigDecimal(number);
		boolean fraction = first != last && value.compareTo(java.math.BigDecimal.ONE) < 0;
		String percent = (fraction ? value.movePointRight(2).stripTrailingZeros().toPlainString() : number) + "%";
		boolean weight = before != null && "weight".equals(before.getText());
		return at(first, last, say(weight ? "syntax.percent.weight" : "syntax.percent", percent,
				fraction ? say("syntax.percent.instead", number) : ""), UNEXPECTED);
	}

	/** True when nothing but the end of the line, a '{' or the end of the file follows the token. */
	private boolean endsItsLine(SyntaxErrorSituation s, Token token) {
		Token next = s.visibleAfter(token);
		return next == null || next.getType() == Token.EOF || next.getLine() > token.getLine() || "{".equals(next.getText());
	}

	/** A message placed on the tokens from first to last instead of the token the parser stopped at. */
	private static SyntaxErrorMessage at(Token first, Token last, String message, String code) {
		if (!(first instanceof org.antlr.runtime.CommonToken f) || !(last instanceof org.antlr.runtime.CommonToken l)) {
			return new SyntaxErrorMessage(message, code);
		}
		return new SyntaxErrorMessage(message, code,
				SyntaxErrorPlace.data(f.getStartIndex(), l.getStopIndex() + 1 - f.getStartIndex()));
	}

	private SyntaxErrorMessage endOfFile(SyntaxErrorSituation s, List<String> alternatives) {
		if (endsInLexerError(s)) {
			return null; // the unclosed text or comment that swallowed the end is reported already
		}
		Token brace = s.openBrace();
		if (brace != null) {
			String opener = lineUpTo(brace);
			return new SyntaxErrorMessage(say("syntax.unclosed-block", position(brace),
					opener.isEmpty() ? "" : say("syntax.unclosed-block.opener", shown(opener))), UNCLOSED_BLOCK);
		}
		Token previous = s.previous();
		return new SyntaxErrorMessage(say("syntax.early-end", previous == null ? "" : say("syntax.early-end.after", describe(previous)),
				either(alternatives)), EARLY_END);
	}

	private static boolean endsInLexerError(SyntaxErrorSituation s) {
		Token eof = s.offending();
		for (int i = eof.getTokenIndex() - 1; i >= 0 && i < s.tokens().size(); i--) {
			Token t = s.tokens().get(i);
			if (t.getType() == Token.INVALID_TOKEN_TYPE) {
				return true;
			}
			if (t.getChannel() != Token.HIDDEN_CHANNEL) {
				return false;
			}
		}
		return false;
	}

	private SyntaxErrorMessage strayCharacter(SyntaxErrorSituation s, Token token) {
		String text = token.getText();
		char c = text.charAt(0);
		Token next = s.after(token);
		if (Character.isHighSurrogate(c) && next != null && next.getType() == ANY_OTHER
				&& Character.isLowSurrogate(next.getText().charAt(0))) {
			text = text + next.getText();
		} else if (Character.isLowSurrogate(c)) {
			Token before = s.previous();
			if (before != null && before.getType() == ANY_OTHER && Character.isHighSurrogate(before.getText().charAt(0))) {
				return null; // the second half of a character reported with its first half
			}
		}
		int codePoint = text.codePointAt(0);
		String unicode = String.format("U+%04X", codePoint);
		if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
			char ascii = (char) (codePoint - 0xFEE0);
			return suggesting(say("syntax.full-width", text, unicode, ascii), STRAY_CHARACTER, token, token, List.of(String.valueOf(ascii)));
		}
		if (c == '、' || c == '。') {
			String ascii = c == '、' ? "," : ".";
			return suggesting(say("syntax.chinese-punctuation", c, unicode, ascii), STRAY_CHARACTER, token, token, List.of(ascii));
		}
		String currency = switch (c) {
			case '€' -> "EUR";
			case '$' -> "USD";
			case '£' -> "GBP";
			case '¥', '￥' -> "CNY";
			default -> null;
		};
		if (currency != null) {
			return new SyntaxErrorMessage(say("syntax.currency-symbol", currency, c), STRAY_CHARACTER);
		}
		Token before = s.previous();
		if (c == '-' && before != null && before.getType() == ID && adjacent(before, token)) {
			boolean joined = next != null && next.getType() == ID && adjacent(token, next);
			String name = before.getText() + (joined ? "-" + next.getText() : "-");
			return suggesting(say("syntax.invalid-name", shown(name), nameAdvice(name)), INVALID_NAME, token, before, joined ? next : token,
					nameFor(name));
		}
		if (c == '\uFFFD') {
			return new SyntaxErrorMessage(say("syntax.replacement-character"), STRAY_CHARACTER);
		}
		if (codePoint == 0) {
			return new SyntaxErrorMessage(say("syntax.nul"), STRAY_CHARACTER);
		}
		if (Character.isISOControl(codePoint)) {
			return new SyntaxErrorMessage(say("syntax.control", unicode), STRAY_CHARACTER);
		}
		if (Character.isSurrogate(c) && text.length() == 1) {
			return new SyntaxErrorMessage(say("syntax.surrogate", unicode), STRAY_CHARACTER);
		}
		return new SyntaxErrorMessage(say("syntax.unexpected-character", text, unicode), STRAY_CHARACTER);
	}

	private SyntaxErrorMessage lexerError(LexerFact fact) {
		if (fact == null) {
			return new SyntaxErrorMessage(say("syntax.unreadable"), STRAY_CHARACTER);
		}
		return switch (fact.kind()) {
			case UNCLOSED_TEXT -> new SyntaxErrorMessage(say("syntax.unclosed-text", fact.text(), fact.position(),
					SvcLexer.closingQuote(fact.text().charAt(0))), UNCLOSED_TEXT);
			case UNCLOSED_COMMENT -> new SyntaxErrorMessage(say("syntax.unclosed-comment", fact.position()), UNCLOSED_TEXT);
			case WORD -> {
				String suggestion = SyntaxVocabulary.closest(fact.text(), vocabulary.wordKeywords());
				if (suggestion != null) {
					yield new SyntaxErrorMessage(say("syntax.misspelt", shown(fact.text()), suggestion), MISSPELT,
							SyntaxSuggestion.data(List.of(suggestion)));
				}
				yield new SyntaxErrorMessage(say("syntax.not-a-word", shown(fact.text()), nameAdvice(fact.text())), INVALID_NAME,
						nameFor(fact.text()).isEmpty() ? null : SyntaxSuggestion.data(nameFor(fact.text())));
			}
		};
	}

	/** The names a hyphenated word could become: checkIn, check_in; none when nothing of it is left. */
	static List<String> nameFor(String word) {
		List<String> parts = List.of(word.split("-+")).stream().filter(p -> !p.isEmpty()).toList();
		if (parts.isEmpty()) {
			return List.of();
		}
		StringBuilder camel = new StringBuilder(parts.get(0));
		parts.subList(1, parts.size()).forEach(p -> camel.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1)));
		String snake = String.join("_", parts);
		return camel.toString().equals(snake) ? List.of(snake) : List.of(camel.toString(), snake);
	}

	/**
	 * A message whose suggestion an editor can apply: the tokens from first to last replaced by one of
	 * the texts. The place is kept relative to the token the finding is on, so it still holds after
	 * edits elsewhere have moved the finding.
	 */
	private static SyntaxErrorMessage suggesting(String message, String code, Token at, Token first, Token last, List<String> texts) {
		if (texts.isEmpty() || !(at instanceof org.antlr.runtime.CommonToken a) || !(first instanceof org.antlr.runtime.CommonToken f)
				|| !(last instanceof org.antlr.runtime.CommonToken l)) {
			return new SyntaxErrorMessage(message, code);
		}
		return new SyntaxErrorMessage(message, code,
				SyntaxSuggestion.data(f.getStartIndex() - a.getStartIndex(), l.getStopIndex() + 1 - f.getStartIndex(), texts));
	}

	private static SyntaxErrorMessage suggesting(String message, String code, Token first, Token last, List<String> texts) {
		return suggesting(message, code, first, first, last, texts);
	}

	private static SyntaxErrorMessage suggesting(String message, String code, Token first, Token last, String removed) {
		return suggesting(message, code, first, first, last, List.of(removed));
	}

	/** "names start with a letter or _ and cannot contain '-': write checkIn or check_in". */
	String nameAdvice(String word) {
		String[] parts = word.split("-+");
		StringBuilder camel = new StringBuilder();
		for (String part : parts) {
			if (part.isEmpty()) {
				continue;
			}
			camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		String snake = String.join("_", List.of(parts).stream().filter(p -> !p.isEmpty()).toList());
		if (camel.isEmpty()) {
			return say("syntax.name-advice.short");
		}
		return say("syntax.name-advice", shown(camel.toString()), shown(snake));
	}

	private Set<Integer> topLevel() {
		Set<Integer> types = new LinkedHashSet<>();
		for (String keyword : vocabulary.topLevelKeywords()) {
			types.add(vocabulary.type(keyword));
		}
		types.add(Token.EOF);
		return types;
	}

	private int rightBrace() {
		return vocabulary.type("}");
	}

	private static boolean adjacent(Token left, Token right) {
		return left instanceof org.antlr.runtime.CommonToken l && right instanceof org.antlr.runtime.CommonToken r
				&& l.getStopIndex() + 1 == r.getStartIndex();
	}

	private static int endLine(Token token) {
		String text = token.getText();
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return token.getLine() + lines;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A token as a message shows it: 'word', the label "...", the number 6. */
	private String describe(Token token) {
		String text = token.getText();
		if (token.getType() == STRING) {
			return say("syntax.token.label", shown(text));
		}
		return token.getType() == INT ? say("syntax.token.number", text) : findings.quoted(shown(text));
	}

	/** Text from the file as a message can show it: one line, no control characters, not too long. */
	public static String shown(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < text.length() && result.length() < SHOWN_LENGTH; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				result.append("...");
				break;
			}
			if (Character.isISOControl(c) || (Character.isSurrogate(c) && !validPair(text, i))) {
				result.append(String.format("U+%04X", (int) c));
			} else {
				result.append(c);
			}
		}
		if (result.length() >= SHOWN_LENGTH && text.length() > SHOWN_LENGTH) {
			result.append("...");
		}
		return result.toString();
	}

	private static boolean validPair(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}
}
