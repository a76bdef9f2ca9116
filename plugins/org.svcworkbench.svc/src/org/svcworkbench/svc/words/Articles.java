package org.svcworkbench.svc.words;

import java.util.Set;

/** "a time unit", "an emotion", "an SO strategy", "a WO strategy": the English article for a word of a message. */
public final class Articles {
	private Articles() {
	}

	/** Letters whose names start with a vowel sound when an acronym is spelt out: an SO, an ST, an LLM. */
	private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";
	/** Words that start with a vowel letter but a consonant sound. */
	private static final Set<String> CONSONANT_SOUND = Set.of("one", "unit", "unique", "uniform", "use", "user", "usual", "euro");

	/** The phrase with "a" or "an" in front of it. */
	public static String withArticle(String phrase) {
		return (needsAn(phrase) ? "an " : "a ") + phrase;
	}

	static boolean needsAn(String phrase) {
		if (phrase.isEmpty()) {
			return false;
		}
		String word = phrase.split("[\\s(]", 2)[0];
		if (word.length() > 1 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
			return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0; // an acronym, read letter by letter
		}
		String lower = word.toLowerCase();
		if (CONSONANT_SOUND.stream().anyMatch(lower::startsWith)) {
			return false;
		}
		return "aeiou".indexOf(lower.charAt(0)) >= 0 || lower.startsWith("hour");
	}
}
