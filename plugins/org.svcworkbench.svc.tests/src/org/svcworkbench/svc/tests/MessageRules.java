package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;

/** What no message shown to a user may contain: parser jargon, Java names, 'null'. */
final class MessageRules {
	private MessageRules() {
	}

	static final List<String> BANNED = List.of("null", "<EOF>", "mismatched", "extraneous", "viable", "RULE_", "Exception",
			"java.", "org.eclipse", "org.antlr", "\tat ");

	// 'null' as a word of its own; a name such as null_zwd that a model holds is the user's text.
	private static final Pattern WORD_NULL = Pattern.compile("(?<![\\w^])null(?![\\w])");

	static void assertPlain(String message) {
		for (String banned : BANNED) {
			boolean found = banned.equals("null") ? WORD_NULL.matcher(message).find() : message.contains(banned);
			assertFalse(found, () -> "message contains '" + banned + "': " + message);
		}
	}
}
