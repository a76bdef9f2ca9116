package org.svcworkbench.svc.words;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** Message bundles of exactly one language: no fallback to another language or to the default locale's. */
public final class MessageBundles {

	private MessageBundles() {
	}

	/** Every text of the bundle for the language, by key; empty when there is none for that language. */
	public static Optional<Map<String, String>> load(String baseName, String language, ClassLoader loader) {
		Locale locale = Locale.forLanguageTag(language);
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(baseName, locale, loader,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
		if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
			return Optional.empty();
		}
		Map<String, String> texts = new TreeMap<>();
		for (String key : bundle.keySet()) {
			texts.put(key, bundle.getString(key));
		}
		return Optional.of(Collections.unmodifiableMap(texts));
	}
}
