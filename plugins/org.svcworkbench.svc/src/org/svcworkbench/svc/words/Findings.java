package org.svcworkbench.svc.words;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.svcworkbench.svc.vocabulary.TimeUnit;

import com.google.inject.Singleton;

/**
 * The words of the findings (syntax errors, unknown names, the domain rules' warnings) in the language
 * the front end speaks: {@code svc validate --lang}, the Maven plugin's {@code svc.language}, the
 * editor's locale. From {@code findings_<lang>.properties} beside this class; each text is found by a
 * key and fills {@code {0}}, {@code {1}}, ... with the given arguments. The issue codes stay the same
 * in every language, so tools and quick fixes do not depend on the wording.
 */
@Singleton
public class Findings {

	public static final String BUNDLE = "org.svcworkbench.svc.words.findings";
	public static final List<String> LANGUAGES = List.of("en", "zh");
	private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

	private volatile String language = defaultLanguage();

	/** The process-wide choice, e.g. set by the language server from its client's locale. */
	public static final String LANGUAGE_PROPERTY = "svc.findings.language";

	/**
	 * The {@value #LANGUAGE_PROPERTY} system property when it names a known language, else the
	 * platform locale's language (an Eclipse started with -nl zh) when there is a bundle for it, else English.
	 */
	public static String defaultLanguage() {
		String chosen = System.getProperty(LANGUAGE_PROPERTY, "").toLowerCase(Locale.ROOT);
		if (LANGUAGES.contains(chosen)) {
			return chosen;
		}
		String platform = Locale.getDefault().getLanguage();
		return LANGUAGES.contains(platform) ? platform : "en";
	}

	/** Speak this language from now on ("en" or "zh"); another is an IllegalArgumentException naming the known ones. */
	public void use(String code) {
		String normal = code == null ? "" : code.toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(normal)) {
			throw new IllegalArgumentException("no findings for language '" + code + "': use en or zh");
		}
		language = normal;
	}

	/** Words that speak this language ("en" or "zh"; another is an IllegalArgumentException), for a front end's one message. */
	public static Findings speaking(String code) {
		Findings words = new Findings();
		words.use(code);
		return words;
	}

	public String language() {
		return language;
	}

	public boolean english() {
		return "en".equals(language);
	}

	/** Every text of a language by key, for the tests that compare the bundles. */
	public static Map<String, String> texts(String code) {
		return LOADED.computeIfAbsent(code, c -> MessageBundles.load(BUNDLE, c, Findings.class.getClassLoader())
				.orElseThrow(() -> new IllegalArgumentException("no findings for language '" + c + "'")));
	}

	/** The text of a key with its {n} filled in; a missing key is a bug of the bundles, reported as such. */
	public String text(String key, Object... args) {
		String template = texts(language).get(key);
		if (template == null) {
			throw new IllegalStateException("the findings for '" + language + "' have no text '" + key + "'");
		}
		return fill(template, args);
	}

	/** A count with its noun, from the key's ".one" or ".many" text: "1 file", "3 files", "3 个文件". */
	public String counted(String key, int count) {
		return text(key + (count == 1 ? ".one" : ".many"), count);
	}

	/** True when the language has a text for the key (for families of keys with a general fallback). */
	public boolean has(String key) {
		return texts(language).containsKey(key);
	}

	/** {0}, {1}, ... replaced; nothing else in the template is special (quotes and braces stay as written). */
	static String fill(String template, Object... args) {
		StringBuilder result = new StringBuilder(template.length() + 32);
		for (int i = 0; i < template.length(); i++) {
			char c = template.charAt(i);
			int close = c == '{' ? template.indexOf('}', i) : -1;
			if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
				int index = Integer.parseInt(template.substring(i + 1, close));
				result.append(index < args.length ? String.valueOf(args[index]) : template.substring(i, close + 1));
				i = close;
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	/** "a, b and c" / "甲、乙和丙", "a、b 和 c". */
	public String and(List<String> items) {
		return joined(items, text("list.separator"), text("list.and"));
	}

	/** "a, b or c" / "甲、乙或丙", "a、b 或 c". */
	public String or(List<String> items) {
		return joined(items, text("list.separator"), text("list.or"));
	}

	/** Items joined by the list separator alone: "a, b, c" / "a、b、c". */
	public String listed(List<String> items) {
		return String.join(text("list.separator"), items);
	}

	private static String joined(List<String> items, String separator, String last) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		String before = String.join(separator, items.subList(0, items.size() - 1));
		String after = items.get(items.size() - 1);
		return before + spacedBetween(before, last, after) + after;
	}

	/**
	 * A Chinese conjunction (和, 或) takes a space on a side where it meets a Latin letter or digit,
	 * as Chinese text sets Western words apart ("opportunity-threat 或 loyalty"), and none beside Han
	 * characters or quotes ("“甲”或“乙”"); a word that has its spaces (" or ") is left as it is.
	 */
	private static String spacedBetween(String before, String word, String after) {
		if (word.isEmpty() || Character.isWhitespace(word.charAt(0)) || Character.isWhitespace(word.charAt(word.length() - 1))) {
			return word;
		}
		return (western(before.isEmpty() ? -1 : before.codePointBefore(before.length())) ? " " : "") + word
				+ (western(after.isEmpty() ? -1 : after.codePointAt(0)) ? " " : "");
	}

	private static boolean western(int codePoint) {
		return codePoint >= 0 && codePoint < 0x2E80 && Character.isLetterOrDigit(codePoint); // CJK, kana, hangul, fullwidth forms are above
	}

	/** "a time unit", "an SO strategy" in English; the phrase itself where a language has no articles. */
	public String a(String phrase) {
		return english() ? Articles.withArticle(phrase) : phrase;
	}

	/** A name from the model as a message quotes it: 'barista' / “barista”. */
	public String quoted(Object name) {
		return text("quoted", name);
	}

	/** A duration in words: "2 days", "1 working-day" / "2 天". */
	public String duration(BigDecimal value, TimeUnit unit) {
		if (value == null || unit == null) {
			return text("duration.unknown");
		}
		String amount = plain(value);
		if (!english()) {
			return Vocabulary.of(language).duration(value.stripTrailingZeros(), unit);
		}
		String words = unit.getName().toLowerCase(Locale.ROOT).replace('_', '-');
		return amount + " " + (value.compareTo(BigDecimal.ONE) == 0 ? words.replaceAll("s$", "") : words);
	}

	/** A number as the designer wrote it: 4.50 stays 4.50 (an amount keeps its cents), 5.0 becomes 5. */
	public static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= 0 ? stripped.toPlainString() : value.toPlainString();
	}

	/** "Touchpoint", "Lifecycle stage" / "接触点": a kind of model element as a message names it. */
	public String kind(EClass eClass) {
		String key = "kind." + eClass.getName();
		String word = texts(language).get(key);
		if (word != null) {
			return word;
		}
		if (!english()) {
			throw new IllegalStateException("the findings for '" + language + "' have no text '" + key + "'");
		}
		return eClass.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	/** A kind of element in a sentence's first place: "Touchpoint" / "接触点". */
	public String kindCapitalised(EClass eClass) {
		String word = kind(eClass);
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
