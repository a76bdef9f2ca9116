package org.svcworkbench.svc.linking;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.svcworkbench.svc.parser.EditDistance;

import com.ibm.icu.text.Transliterator;

/**
 * Which declared names an unknown name was probably meant to be, best first. A name counts as
 * meant when it is the same name in simplified characters (會籍顧問 for 会籍顾问, ICU's
 * Traditional-Simplified transliteration) or another letter case; the same characters in another
 * order (团购企业 for 企业团购: Chinese words swap as blocks, which edit distance counts as many edits);
 * or a few edits away (a swap of neighbours is one edit).
 */
public final class NameSuggestions {
	private NameSuggestions() {
	}

	private static final int SAME = 0;
	private static final int REORDERED = 1;
	private static final int EDITED = 2;

	private record Match(String name, int kind, int distance) {
	}

	/** The candidates the written name was probably meant to be, best first, at most {@code most}. */
	public static List<String> ranked(String written, Collection<String> candidates, int most) {
		return matches(written, candidates).stream().limit(most).map(Match::name).toList();
	}

	/** The one best candidate, or null when none is close or two are equally close. */
	public static String best(String written, Collection<String> candidates) {
		List<Match> matches = matches(written, candidates);
		if (matches.isEmpty()) {
			return null;
		}
		if (matches.size() > 1 && matches.get(0).kind() == matches.get(1).kind()
				&& matches.get(0).distance() == matches.get(1).distance()) {
			return null;
		}
		return matches.get(0).name();
	}

	private static List<Match> matches(String written, Collection<String> candidates) {
		String folded = fold(written);
		String sorted = sortedCodePoints(folded);
		int tolerance = EditDistance.tolerance(written);
		return candidates.stream().distinct().filter(c -> !c.equals(written)).map(candidate -> {
			String other = fold(candidate);
			if (other.equals(folded)) {
				return new Match(candidate, SAME, 0);
			}
			if (folded.codePointCount(0, folded.length()) > 1 && sortedCodePoints(other).equals(sorted)) {
				return new Match(candidate, REORDERED, 0);
			}
			int distance = EditDistance.between(folded, other);
			return distance <= tolerance ? new Match(candidate, EDITED, distance) : null;
		}).filter(Objects::nonNull)
				.sorted(Comparator.comparingInt(Match::kind).thenComparingInt(Match::distance).thenComparing(Match::name)).toList();
	}

	/** True when the two names differ only in traditional against simplified characters. */
	public static boolean differInScriptOnly(String written, String declared) {
		return !written.equals(declared) && !written.toLowerCase(Locale.ROOT).equals(declared.toLowerCase(Locale.ROOT))
				&& fold(written).equals(fold(declared));
	}

	/** Lower case, and Chinese in simplified characters. */
	static String fold(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return hasIdeograph(lower) ? Simplified.of(lower) : lower;
	}

	private static boolean hasIdeograph(String text) {
		return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

	private static String sortedCodePoints(String text) {
		int[] points = text.codePoints().sorted().toArray();
		return new String(points, 0, points.length);
	}

	/** ICU's transliterator, made on first use (only names with Chinese characters need it). */
	private static final class Simplified {
		private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

		static synchronized String of(String text) {
			return TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
		}
	}
}
