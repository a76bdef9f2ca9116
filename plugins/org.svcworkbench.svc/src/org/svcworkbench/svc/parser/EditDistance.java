package org.svcworkbench.svc.parser;

/** Edit distance for "did you mean" suggestions: insertions, deletions, substitutions and swaps of neighbours. */
public final class EditDistance {
	private EditDistance() {
	}

	/** Optimal string alignment distance; a swap of two neighbouring letters counts as one edit. */
	public static int between(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 3) {
			return Math.abs(a.length() - b.length());
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/** How many edits still count as a misspelling of a word of this length. */
	public static int tolerance(String word) {
		int length = word.length();
		if (length > 40) {
			return 0; // no keyword is that long; spares the quadratic table for very long names
		}
		return length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
	}
}
