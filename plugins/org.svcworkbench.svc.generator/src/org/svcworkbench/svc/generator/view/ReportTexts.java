package org.svcworkbench.svc.generator.view;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The fixed words of the reports in one language, from the message bundle
 * {@code org/svcworkbench/svc/generator/messages/report_<lang>.properties}: nothing is fixed in code.
 */
public final class ReportTexts {

	public static final String BUNDLE = "org.svcworkbench.svc.generator.messages.report";

	private final Locale locale;
	private final Map<String, String> texts;

	private ReportTexts(Locale locale, Map<String, String> texts) {
		this.locale = locale;
		this.texts = texts;
	}

	/** "en" or "zh". */
	public static ReportTexts of(String language) {
		Locale locale = Locale.forLanguageTag(language);
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			bundle = null;
		}
		if (bundle == null || !bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
			throw new IllegalArgumentException("no report texts for language '" + language + "': use en or zh");
		}
		Map<String, String> texts = new TreeMap<>();
		for (String key : bundle.keySet()) {
			texts.put(key, bundle.getString(key));
		}
		return new ReportTexts(locale, Collections.unmodifiableMap(texts));
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
		return new MessageFormat(get(key), locale).format(arguments);
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
