package org.svcworkbench.svc.words;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.svcworkbench.svc.vocabulary.Emotion;
import org.svcworkbench.svc.vocabulary.JourneyPhase;
import org.svcworkbench.svc.vocabulary.TimeUnit;

/**
 * The words the diagrams, the reports and the Sirius viewpoint share, in one language: the blueprint's
 * lanes and lines, the journey's phases, the seven satisfaction levels, emotions, durations, and the
 * words around a step or a touchpoint. From {@code vocabulary_<lang>.properties} beside this class.
 */
public final class Vocabulary {

	public static final String BUNDLE = "org.svcworkbench.svc.words.vocabulary";
	private static final Map<String, Vocabulary> LOADED = new ConcurrentHashMap<>();

	private final Locale locale;
	private final Map<String, String> words;

	private Vocabulary(Locale locale, Map<String, String> words) {
		this.locale = locale;
		this.words = words;
	}

	/** "en" or "zh"; another code is an IllegalArgumentException that names the known ones. */
	public static Vocabulary of(String language) {
		return LOADED.computeIfAbsent(language.toLowerCase(Locale.ROOT), Vocabulary::load);
	}

	private static Vocabulary load(String language) {
		Map<String, String> words = MessageBundles.load(BUNDLE, language, Vocabulary.class.getClassLoader())
				.orElseThrow(() -> new IllegalArgumentException("no words for language '" + language + "': use en or zh"));
		return new Vocabulary(Locale.forLanguageTag(language), words);
	}

	/** "en" or "zh". */
	public String code() {
		return locale.getLanguage();
	}

	/** Every word by its key, for bundles that build on these (the reports'). */
	public Map<String, String> all() {
		return words;
	}

	/** The word of a key; a missing key is a bug of the bundles, reported as such. */
	public String get(String key) {
		String word = words.get(key);
		if (word == null) {
			throw new IllegalStateException("the vocabulary for '" + code() + "' has no word '" + key + "'");
		}
		return word;
	}

	/** Titles of the five blueprint lanes, top to bottom (D6). */
	public List<String> laneTitles() {
		return List.of(get("lane.1"), get("lane.2"), get("lane.3"), get("lane.4"), get("lane.5"));
	}

	/** The three lines between the lanes: interaction, visibility, internal interaction. */
	public List<String> dividers() {
		return List.of(get("line.INTERACTION"), get("line.VISIBILITY"), get("line.INTERNAL"));
	}

	public String phase(JourneyPhase phase) {
		return get("phase." + phase.getName());
	}

	/** The seven levels of D11's scale, lowest first. */
	public List<String> satisfactionLevels() {
		return List.of(get("level.1"), get("level.2"), get("level.3"), get("level.4"), get("level.5"), get("level.6"), get("level.7"));
	}

	public String emotion(Emotion emotion) {
		return get("emotion." + emotion.getName());
	}

	/** A duration where space is short: "15 min", "2 天". */
	public String shortDuration(BigDecimal value, TimeUnit unit) {
		return value.stripTrailingZeros().toPlainString() + " " + get("unit.short." + unit.getName());
	}

	/** A duration in words: "15 minutes", "1 day", "2 个工作日". */
	public String duration(Number value, TimeUnit unit) {
		return new MessageFormat(get("unit." + unit.getName()), locale).format(new Object[] { value });
	}

	public String failPoint() {
		return get("step.failPoint");
	}

	public String waitingPoint() {
		return get("step.waitingPoint");
	}

	public String evidenceLink() {
		return get("step.evidence");
	}

	/** Before a step's performer: "by Barista", "执行：咖啡师". */
	public String actorPrefix() {
		return get("step.actor");
	}

	public String channelPrefix() {
		return get("touchpoint.channel");
	}

	public String ownerPrefix() {
		return get("touchpoint.owner");
	}

	public String expectsPrefix() {
		return get("touchpoint.expects");
	}

	public String notRated() {
		return get("touchpoint.notRated");
	}
}
