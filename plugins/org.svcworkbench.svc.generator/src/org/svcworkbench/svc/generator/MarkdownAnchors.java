package org.svcworkbench.svc.generator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The anchors a Markdown host gives the headings of a page, in their order, as GitHub's slugger
 * (which GitLab and VS Code's preview follow) makes them: lower case, punctuation and symbols
 * dropped, letters of any script kept, spaces as hyphens, a repeated anchor numbered -1, -2. A
 * link to a folder named like another heading of the page ("Services") goes where the host puts it.
 */
final class MarkdownAnchors {

	private final Map<String, Integer> occurrences = new HashMap<>();

	/** The anchor of the next heading of the page. */
	String next(String heading) {
		String base = slug(heading), anchor = base;
		while (occurrences.containsKey(anchor)) {
			int n = occurrences.merge(base, 1, Integer::sum);
			anchor = base + "-" + n;
		}
		occurrences.put(anchor, 0);
		return anchor;
	}

	private static String slug(String heading) {
		StringBuilder slug = new StringBuilder();
		heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
			if (c == ' ') {
				slug.append('-');
			} else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
				slug.appendCodePoint(c);
			}
		});
		return slug.toString();
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}
}
