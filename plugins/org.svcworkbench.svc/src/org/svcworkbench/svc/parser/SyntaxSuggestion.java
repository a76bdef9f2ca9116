package org.svcworkbench.svc.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * What a syntax message suggests writing instead ("did you mean 'onstage'?", "write afterSales or
 * after_sales"), carried in the finding's issue data so that every editor's quick fix can make the
 * change: the text to replace (its start relative to the finding's, and its length; or the finding's
 * own range) and the replacements, best first. An empty replacement removes the text.
 */
public final class SyntaxSuggestion {

	private static final String MARKER = "svc.syntax.suggest";

	/** The place (from the finding's start; length -1: the finding's own range) and the texts that may replace it. */
	public record Replacement(int delta, int length, List<String> texts) {
		public boolean ownRange() {
			return length < 0;
		}
	}

	private SyntaxSuggestion() {
	}

	static String[] data(int delta, int length, List<String> texts) {
		List<String> data = new ArrayList<>();
		data.add(MARKER);
		data.add(String.valueOf(delta));
		data.add(String.valueOf(length));
		data.addAll(texts);
		return data.toArray(String[]::new);
	}

	/** The finding's own range replaced. */
	static String[] data(List<String> texts) {
		return data(0, -1, texts);
	}

	/** The suggestion the data names, or null when it names none. */
	public static Replacement of(List<String> data) {
		if (data == null || data.size() < 4 || !MARKER.equals(data.get(0))) {
			return null;
		}
		try {
			return new Replacement(Integer.parseInt(data.get(1)), Integer.parseInt(data.get(2)), List.copyOf(data.subList(3, data.size())));
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
