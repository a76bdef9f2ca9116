package org.svcworkbench.svc.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ILeafNode;

import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.parser.SyntaxSuggestion;

/**
 * What a syntax message suggests, applied: "Unknown word 'onstgae': did you mean 'onstage'?" becomes
 * "Change to 'onstage'"; a name with a hyphen offers both spellings; a '}' too many is removed. One
 * instance per syntax code whose messages carry a {@link SyntaxSuggestion}.
 */
final class SyntaxSuggestionFix implements Quickfix {

	private final String code;

	SyntaxSuggestionFix(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		SyntaxSuggestion.Replacement replacement = SyntaxSuggestion.of(context.data());
		if (replacement == null) {
			return;
		}
		int start = context.start() + replacement.delta();
		int end = replacement.ownRange() ? context.offset(context.diagnostic().getRange().getEnd()) : start + replacement.length();
		if (start < 0 || end > context.text().length() || start > end) {
			return; // the document changed since the finding was made
		}
		String was = context.text().substring(start, end);
		// A name that cannot be a name is usually written at its declaration and where it is used:
		// renamed everywhere in the file at once, or the next use is the next error.
		List<Integer> places = SvcSyntaxErrorMessages.INVALID_NAME.equals(code) ? sameName(context, was) : List.of(start);
		if (!places.contains(start)) {
			places = List.of(start);
		}
		for (String text : replacement.texts()) {
			String label = text.isEmpty() ? context.say("fix.syntax.remove", was)
					: places.size() > 1 ? context.say("fix.syntax.change.everywhere", was, text, places.size())
					: context.say("fix.syntax.change", was, text);
			proposals.accept(label, places.stream().map(at -> context.replace(at, at + was.length(), text)).toList());
		}
	}

	/**
	 * Where the file writes the name as a name: the start of each of its code tokens (not a text in
	 * quotes, not a comment) that begins the name, with no letter, digit, '_' or '-' on either side.
	 */
	private static List<Integer> sameName(FixContext context, String name) {
		String text = context.text();
		List<Integer> places = new ArrayList<>();
		if (context.resource().getParseResult() == null) {
			return places;
		}
		for (ILeafNode leaf : context.resource().getParseResult().getRootNode().getLeafNodes()) {
			int at = leaf.getOffset();
			if (!leaf.isHidden() && !leaf.getText().isEmpty() && !QUOTES.contains(leaf.getText().substring(0, 1)) && text.startsWith(name, at)
					&& !partOfName(text, at - 1) && !partOfName(text, at + name.length())) {
				places.add(at);
			}
		}
		return places;
	}

	private static final String QUOTES = "\"'「“‘";

	private static boolean partOfName(String text, int index) {
		if (index < 0 || index >= text.length()) {
			return false;
		}
		char c = text.charAt(index);
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}
}
