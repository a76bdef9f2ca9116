package org.svcworkbench.svc.words;

/**
 * A mistake in what a user asked for (a path, an option's value) that each front end tells in its
 * own language: the message is the English text, {@link #in} the text in another. The texts are
 * the findings' (a key of {@code findings_<lang>.properties} and its arguments). An argument that
 * is a list is the choices the user has, said in the language: "a, b or c", "a、b 或 c".
 */
public class WordedException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String key;
	private final transient Object[] args;

	public WordedException(String key, Object... args) {
		super(in(Findings.speaking("en"), key, args));
		this.key = key;
		this.args = args.clone();
	}

	/** The text in the language the words speak. */
	public String in(Findings words) {
		return in(words, key, args);
	}

	private static String in(Findings words, String key, Object[] args) {
		Object[] said = args.clone();
		for (int i = 0; i < said.length; i++) {
			if (said[i] instanceof java.util.List<?> choices) {
				said[i] = words.or(choices.stream().map(String::valueOf).toList());
			}
		}
		return words.text(key, said);
	}
}
