package org.svcworkbench.svc.ui.wizards;

import java.util.Locale;

import org.svcworkbench.svc.ide.contentassist.SvcTemplates;

/** The text of new files: the language's service template with its fields filled in. */
public final class Skeletons {

	private Skeletons() {
	}

	/** A valid name from a file name: its base, letters, digits and '_' kept (any script), others as '_'. */
	public static String nameFor(String fileName) {
		String base = fileName.endsWith(".svc") ? fileName.substring(0, fileName.length() - 4) : fileName;
		StringBuilder name = new StringBuilder();
		base.codePoints().forEach(c -> name.appendCodePoint(Character.isLetterOrDigit(c) || c == '_' ? c : '_'));
		if (name.isEmpty() || !Character.isLetter(name.codePointAt(0)) && name.charAt(0) != '_') {
			name.insert(0, '_');
		}
		return name.toString();
	}

	/** A service with the 7Ps and the journey's stages, as the service template writes it. */
	public static String service(String name) {
		String snippet = SvcTemplates.ALL.stream().filter(t -> t.keyword().equals("service")).findFirst().orElseThrow().snippet();
		String label = name.replace('_', ' ');
		String text = snippet.replace("${1:name}", name).replace("${2:label}", label.isEmpty() ? name
				: label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1));
		// the remaining fields keep their placeholder text; $0 marks where the cursor would end
		return text.replaceAll("\\$\\{\\d+:([^}]*)\\}", "$1").replace("$0", "") + "\n";
	}
}
