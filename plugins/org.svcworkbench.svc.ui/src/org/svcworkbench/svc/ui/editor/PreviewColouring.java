package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.svcworkbench.svc.ui.editor.SvcStyles.Kind;

/**
 * The coloured pieces of a sample text for the colouring preference page: keywords, strings,
 * numbers and comments as the editor's lexer reads them, and the names the sample declares
 * ("role x", "service x", "blueprint x", "step x") or refers to ("by x") where the editor would
 * ask the language server. Each piece is {start, length, index of its kind in SvcStyles.KINDS}.
 */
public final class PreviewColouring {

	private static final Pattern DECLARED = Pattern.compile("(?<=\\b(?:role|service|blueprint|step) )\\w+");
	private static final Pattern REFERENCE = Pattern.compile("(?<=\\bby )\\w+");

	private PreviewColouring() {
	}

	public static List<int[]> of(String sample) {
		List<int[]> pieces = new ArrayList<>();
		LexicalTokens tokens = LexicalTokens.of(sample);
		for (int i = 0; i < tokens.size(); i++) {
			Kind kind = SvcStyles.kindOf(tokens.style(i));
			if (kind != null) {
				pieces.add(new int[] { tokens.start(i), tokens.end(i) - tokens.start(i), SvcStyles.KINDS.indexOf(kind) });
			}
		}
		add(pieces, sample, DECLARED, Kind.DECLARATION);
		add(pieces, sample, REFERENCE, Kind.REFERENCE);
		pieces.sort((a, b) -> Integer.compare(a[0], b[0]));
		return pieces;
	}

	private static void add(List<int[]> pieces, String sample, Pattern pattern, Kind kind) {
		Matcher matcher = pattern.matcher(sample);
		while (matcher.find()) {
			pieces.add(new int[] { matcher.start(), matcher.end() - matcher.start(), SvcStyles.KINDS.indexOf(kind) });
		}
	}
}
