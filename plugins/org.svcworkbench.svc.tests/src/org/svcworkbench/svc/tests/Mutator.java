package org.svcworkbench.svc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar-aware mutations of a .svc text for fuzzing: works on tokens (names, keywords, labels,
 * numbers, punctuation) rather than bytes, so that most mutants get deep into the parser.
 */
final class Mutator {

	private static final Pattern TOKEN = Pattern.compile(
			"\"(?:\\\\.|[^\"\\\\])*\"|「[^」]*」|//[^\n]*|/\\*.*?\\*/|[\\p{L}_^][\\p{L}\\p{N}_-]*|\\d+(?:\\.\\d+)?|->|\\s+|.",
			Pattern.DOTALL);
	private static final String PUNCTUATION = "{}()[],.:;%-^\"'「」“”‘’#@!?*/\\<>=+|&~`$€¥，｛｝：";

	private final Random random;
	private final List<String> keywords;

	Mutator(long seed, List<String> keywords) {
		this.random = new Random(seed);
		this.keywords = keywords;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	/**
	 * One to three mutations: of whole lines (which often keeps the file parseable, so linking,
	 * validation and formatting get exercised too), or of the tokens of a random window of the seed
	 * (a window keeps inputs small and fast).
	 */
	String mutate(String seed) {
		if (random.nextInt(3) == 0) {
			return mutateLines(seed);
		}
		List<String> tokens = tokens(seed);
		if (random.nextInt(3) > 0 && tokens.size() > 40) {
			int from = random.nextInt(tokens.size() - 20);
			int to = Math.min(tokens.size(), from + 20 + random.nextInt(400));
			tokens = new ArrayList<>(tokens.subList(from, to));
		}
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			tokens = mutateTokens(tokens);
		}
		return mutateText(String.join("", tokens));
	}

	private String mutateLines(String seed) {
		List<String> lines = new ArrayList<>(List.of(seed.split("\n", -1)));
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count && !lines.isEmpty(); i++) {
			int at = random.nextInt(lines.size());
			switch (random.nextInt(4)) {
				case 0 -> lines.remove(at);
				case 1 -> lines.add(at, lines.get(at));
				case 2 -> lines.add(at, lines.get(random.nextInt(lines.size())));
				default -> {
					String line = lines.get(at);
					lines.set(at, line.replaceFirst("\\b(\\p{L}[\\p{L}\\p{N}_]*)\\s*$", randomWord()));
				}
			}
		}
		return String.join("\n", lines);
	}

	private List<String> mutateTokens(List<String> tokens) {
		List<String> t = new ArrayList<>(tokens);
		if (t.isEmpty()) {
			t.add("service");
		}
		int at = random.nextInt(t.size());
		switch (random.nextInt(10)) {
			case 0 -> t.remove(at);
			case 1 -> t.add(at, t.get(at));
			case 2 -> {
				int other = Math.min(t.size() - 1, at + 1 + random.nextInt(3));
				String a = t.get(at);
				t.set(at, t.get(other));
				t.set(other, a);
			}
			case 3 -> {
				List<Integer> braces = new ArrayList<>();
				for (int i = 0; i < t.size(); i++) {
					if (t.get(i).equals("{") || t.get(i).equals("}")) {
						braces.add(i);
					}
				}
				if (!braces.isEmpty()) {
					t.remove((int) braces.get(random.nextInt(braces.size())));
				}
			}
			case 4 -> t.add(at, " " + keywords.get(random.nextInt(keywords.size())) + " ");
			case 5 -> t.add(at, String.valueOf(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()))));
			case 6 -> t.add(at, cjk(1 + random.nextInt(12)));
			case 7 -> t.set(at, t.get(at).isBlank() ? t.get(at) : randomWord());
			case 8 -> t.add(at, random.nextBoolean() ? "\"" : "/*");
			default -> t.add(at, String.valueOf(random.nextInt(100000)));
		}
		return t;
	}

	private String mutateText(String text) {
		switch (random.nextInt(24)) {
			case 0:
				return text.substring(0, random.nextInt(text.length() + 1));
			case 1:
				return "\uFEFF" + text;
			case 2:
				return insert(text, "\u0000");
			case 3:
				return insert(text, String.valueOf((char) (0xD800 + random.nextInt(0x800))));
			case 4:
				return insert(text, " " + "n".repeat(1000 + random.nextInt(40000)) + " ");
			case 5:
				return insert(text, "{".repeat(1 + random.nextInt(3000)));
			case 6:
				return text.replace("\n", random.nextBoolean() ? "\r" : "\r\n");
			case 7:
				return insert(text, "\r");
			case 8:
				return insert(text, "service s { ".repeat(1 + random.nextInt(500)));
			case 9:
				return insert(text, "\"" + "x".repeat(random.nextInt(20000)));
			case 10:
				// Many elements of one name: duplicate checks must stay linear.
				return insert(text, "\nchannel twin \"Twin\"\n".repeat(2000 + random.nextInt(14000)));
			default:
				return text;
		}
	}

	private String insert(String text, String what) {
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + what + text.substring(at);
	}

	private String cjk(int length) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < length; i++) {
			b.append((char) (0x4E00 + random.nextInt(0x5000)));
		}
		return b.toString();
	}

	private String randomWord() {
		String letters = "abcdefghijklmnopqrstuvwxyz_";
		StringBuilder b = new StringBuilder();
		int length = 1 + random.nextInt(12);
		for (int i = 0; i < length; i++) {
			b.append(letters.charAt(random.nextInt(letters.length())));
		}
		// A model may name something 'null'; messages quoting it would trip the check for leaked nulls.
		return b.toString().equals("null") ? "nul" : b.toString();
	}
}
