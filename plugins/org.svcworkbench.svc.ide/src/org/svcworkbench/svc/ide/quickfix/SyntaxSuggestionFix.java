package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

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
		for (String text : replacement.texts()) {
			String label = text.isEmpty() ? context.say("fix.syntax.remove", was) : context.say("fix.syntax.change", was, text);
			proposals.accept(label, List.of(context.replace(start, end, text)));
		}
	}
}
