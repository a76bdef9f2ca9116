package org.svcworkbench.svc.generator.view;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.svcworkbench.svc.words.MessageBundles;
import org.svcworkbench.svc.words.Vocabulary;

/**
 * The fixed words of the reports in one language, from the message bundle
 * {@code org/svcworkbench/svc/generator/messages/report_<lang>.properties} and the runtime's
 * {@link Vocabulary} (the words the diagrams and the viewpoint say too): nothing is fixed in code.
 */
public final class ReportTexts {

	public static final String BUNDLE = "org.svcworkbench.svc.generator.messages.report";

	private final Locale locale;
	private final Map<String, String> texts;
	/**
	 * Each pattern parsed once per thread: parsing it again for every number of every report was
	 * half of what formatting cost, and a MessageFormat (its number formats) is for one thread.
	 */
	private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

	private ReportTexts(Locale locale, Map<String, String> texts) {
		this.locale = locale;
		this.texts = texts;
	}

	/** "en" or "zh". */
	public static ReportTexts of(String language) {
		Map<String, String> report = MessageBundles.load(BUNDLE, language, ReportTexts.class.getClassLoader())
				.orElseThrow(() -> new IllegalArgumentException("no report texts for language '" + language + "': use en or zh"));
		// The words the diagrams and the viewpoint share (phases, levels, emotions, durations) are the runtime's.
		Map<String, String> texts = new TreeMap<>(Vocabulary.of(language).all());
		report.forEach((key, text) -> {
			if (texts.put(key, text) != null) {
				throw new IllegalStateException("the report bundle repeats the vocabulary's word '" + key + "': say it in one place");
			}
		});
		// Looked up for every word of every page: a hash map, not the sorted one it was gathered in.
		return new ReportTexts(Locale.forLanguageTag(language), Map.copyOf(texts));
	}

	/** The text of a key; a missing key is a bug of the bundles, reported as such. */
	public String get(String key) {
		String text = texts.get(key);
		if (text == null) {
			throw new IllegalStateException("the report bundle for '" + locale.getLanguage() + "' has no text '" + key + "'");
		}
		return text;
	}

	public boolean has(String key) {
		return texts.containsKey(key);
	}

	public String format(String key, Object... arguments) {
		return formats.get().computeIfAbsent(key, k -> new MessageFormat(get(k), locale)).format(arguments);
	}

	/**
	 * A counted quantity in the report's words ("3 days", "1 week", "3 天"), remembered per thread:
	 * for a choice with the number inside it, MessageFormat builds a new format and a new number
	 * format on every call (a percent of documenting a portfolio, where the same few durations recur).
	 */
	public String quantity(String key, Number count) {
		Map<String, String> known = quantities.get();
		String memo = key + '\u0000' + count;
		String text = known.get(memo);
		if (text == null) {
			if (known.size() >= QUANTITIES_KEPT) {
				known.clear(); // a bound, not a cache policy: a model names few distinct durations
			}
			text = format(key, count);
			known.put(memo, text);
		}
		return text;
	}

	private static final int QUANTITIES_KEPT = 1024;
	private final ThreadLocal<Map<String, String>> quantities = ThreadLocal.withInitial(HashMap::new);

	/** A word with an aside, punctuated as the language does: "satisfied (6)", "满意（6）". */
	public String aside(String word, String aside) {
		return word + get("aside.open") + aside + get("aside.close");
	}

	/** Items in a run of text: "a, b" in English, "a、b" in Chinese. */
	public String list(java.util.Collection<String> items) {
		return String.join(get("list.separator"), items);
	}

	/** Every text, for the templates ({@code t['section.journey']}). */
	public Map<String, String> all() {
		return texts;
	}

	/** The BCP 47 tag for {@code <html lang>}: "en", "zh-CN". */
	public String htmlLang() {
		return get("html.lang");
	}
}
