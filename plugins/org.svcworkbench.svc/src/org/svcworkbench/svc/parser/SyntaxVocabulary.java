package org.svcworkbench.svc.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.EcoreUtil2;
import org.svcworkbench.svc.parser.antlr.internal.InternalSvcParser;
import org.svcworkbench.svc.services.SvcGrammarAccess;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The words of the .svc language as a person reads them: which token is which keyword, which
 * keywords may also be names, and the enumerations ("a time unit: minutes, hours, ...") that a
 * set of expected tokens is summarised by. Built once from the grammar.
 */
@Singleton
public class SyntaxVocabulary {

	/** At most this many alternatives are listed in a message; the rest are counted. */
	static final int MAX_LISTED = 8;

	// Looked up by name, not inlined as constants: token numbers change whenever the grammar does.
	static final int ID = tokenType("RULE_ID");
	static final int STRING = tokenType("RULE_STRING");
	static final int INT = tokenType("RULE_INT");
	static final int ANY_OTHER = tokenType("RULE_ANY_OTHER");

	private record Enumeration(String noun, Set<String> keywords, List<String> canonical) {
	}

	private final String[] tokenNames = InternalSvcParser.tokenNames;
	private final Map<String, Integer> typeOfKeyword = new HashMap<>();
	private final Set<String> nameKeywords;
	private final Set<String> wordKeywords = new LinkedHashSet<>();
	private final List<Enumeration> enumerations = new ArrayList<>();
	private final List<String> topLevelKeywords = new ArrayList<>();

	@Inject
	public SyntaxVocabulary(SvcGrammarAccess grammar) {
		for (int type = 0; type < tokenNames.length; type++) {
			String keyword = keyword(type);
			if (keyword != null) {
				typeOfKeyword.put(keyword, type);
				if (Character.isLetter(keyword.charAt(0))) {
					wordKeywords.add(keyword);
				}
			}
		}
		nameKeywords = keywordsIn(grammar.getValidIDRule());
		for (AbstractRule rule : GrammarUtil.allRules(grammar.getGrammar())) {
			if (rule instanceof EnumRule enumRule) {
				enumerations.add(enumeration(enumRule));
			}
		}
		// Larger enumerations first, so that "a margin (high, medium, low)" wins over "a level (high, low)".
		enumerations.sort(Comparator.comparingInt((Enumeration e) -> -e.keywords().size()));
		for (AbstractRule alternative : alternativesOf(grammar.getTopLevelElementRule())) {
			Keyword first = EcoreUtil2.getAllContentsOfType(alternative, Keyword.class).stream().findFirst().orElse(null);
			if (first != null) {
				topLevelKeywords.add(first.getValue());
			}
		}
	}

	private static int tokenType(String name) {
		int type = List.of(InternalSvcParser.tokenNames).indexOf(name);
		if (type < 0) {
			throw new IllegalStateException("the generated parser has no token " + name);
		}
		return type;
	}

	/** The keywords a rule accepts, through the datatype rules it calls (ValidID lists them in parts). */
	private static Set<String> keywordsIn(AbstractRule rule) {
		Set<String> keywords = new LinkedHashSet<>();
		for (Keyword keyword : EcoreUtil2.getAllContentsOfType(rule, Keyword.class)) {
			keywords.add(keyword.getValue());
		}
		for (RuleCall call : EcoreUtil2.getAllContentsOfType(rule, RuleCall.class)) {
			if (call.getRule() instanceof ParserRule called && called != rule && GrammarUtil.isDatatypeRule(called)) {
				keywords.addAll(keywordsIn(called));
			}
		}
		return keywords;
	}

	private static List<AbstractRule> alternativesOf(ParserRule rule) {
		return EcoreUtil2.getAllContentsOfType(rule, RuleCall.class).stream().map(RuleCall::getRule).toList();
	}

	private static Enumeration enumeration(EnumRule rule) {
		Set<String> keywords = new LinkedHashSet<>();
		List<String> canonical = new ArrayList<>();
		Set<EEnumLiteral> seen = new HashSet<>();
		for (EnumLiteralDeclaration declaration : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			keywords.add(declaration.getLiteral().getValue());
			if (seen.add(declaration.getEnumLiteral())) {
				canonical.add(declaration.getLiteral().getValue());
			}
		}
		return new Enumeration(noun(rule.getName()), keywords, canonical);
	}

	/** "TimeUnit" becomes "time unit", "ServqualDimension" "SERVQUAL dimension". */
	private static String noun(String ruleName) {
		return ruleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase().replace("servqual", "SERVQUAL");
	}

	/** The keyword a token type stands for, or null for names, texts, numbers and the like. */
	public String keyword(int type) {
		if (type < 0 || type >= tokenNames.length) {
			return null;
		}
		String name = tokenNames[type];
		return name.length() > 2 && name.startsWith("'") && name.endsWith("'") ? name.substring(1, name.length() - 1) : null;
	}

	/** The token type of a keyword, or -2 if it is none. */
	public int type(String keyword) {
		return typeOfKeyword.getOrDefault(keyword, -2);
	}

	/** True for a keyword that cannot be used as a name without the '^' escape. */
	/** The keywords that may also be names. */
	public Set<String> nameKeywords() {
		return Collections.unmodifiableSet(nameKeywords);
	}

	public boolean isReserved(String word) {
		return typeOfKeyword.containsKey(word) && !nameKeywords.contains(word);
	}

	/** Keywords made of letters, in grammar order. */
	public Set<String> wordKeywords() {
		return wordKeywords;
	}

	public List<String> topLevelKeywords() {
		return topLevelKeywords;
	}

	/** The keywords among some token types (names, texts and numbers left out). */
	public Set<String> keywords(Set<Integer> types) {
		Set<String> result = new LinkedHashSet<>();
		for (int type : types) {
			String keyword = keyword(type);
			if (keyword != null) {
				result.add(keyword);
			}
		}
		return result;
	}

	/**
	 * What may stand where the token types are expected, in words, e.g. "a name",
	 * "a time unit (minutes, hours, days, weeks, months, years)", "'touchpoint'", "'}'".
	 */
	public List<String> describe(Set<Integer> types, Findings findings) {
		List<String> items = new ArrayList<>();
		Set<String> keywords = keywords(types);
		if (types.contains(ID)) {
			items.add(findings.text("syntax.expect.name"));
			keywords.removeAll(nameKeywords);
		}
		for (Enumeration e : enumerations) {
			if (e.keywords().size() > 1 && keywords.containsAll(e.keywords())) {
				items.add(findings.text("syntax.expect.enumeration", findings.a(e.noun()), findings.listed(e.canonical().stream().map(k -> findings.text("code", k)).toList())));
				keywords.removeAll(e.keywords());
			}
		}
		if (types.contains(STRING)) {
			items.add(findings.text("syntax.expect.label"));
		}
		if (types.contains(INT)) {
			items.add(findings.text("syntax.expect.number"));
		}
		boolean closing = keywords.remove("}");
		keywords.forEach(k -> items.add(findings.quoted(k)));
		if (closing) {
			items.add(findings.quoted("}"));
		}
		if (types.contains(Token.EOF)) {
			items.add(findings.text("syntax.expect.end"));
		}
		return items;
	}

	/** "a, b or c"; beyond {@link #MAX_LISTED} items, "a, b, ... (N more) or '}'". */
	public static String either(List<String> items, Findings findings) {
		List<String> shown = items;
		if (items.size() > MAX_LISTED) {
			String last = items.get(items.size() - 1);
			shown = new ArrayList<>(items.subList(0, MAX_LISTED - 2));
			shown.add(findings.text("syntax.expect.more", items.size() - MAX_LISTED + 1));
			shown.add(last);
		}
		return findings.or(shown);
	}

	/** The keyword among the candidates closest to a misspelt word, or null if none is close. */
	public static String closest(String word, Set<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String lower = word.toLowerCase();
		for (String candidate : candidates) {
			int distance = EditDistance.between(lower, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best != null && bestDistance > 0 && bestDistance <= EditDistance.tolerance(word) ? best : null;
	}
}
