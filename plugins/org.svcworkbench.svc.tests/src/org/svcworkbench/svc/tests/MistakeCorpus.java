package org.svcworkbench.svc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * testdata/mistakes: a clean two-file model (base/) and cases.txt, single mistakes made to it with
 * the findings each must give. The format is described at the top of cases.txt.
 */
final class MistakeCorpus {
	private MistakeCorpus() {
	}

	static final Path ROOT = Paths.get("testdata/mistakes");
	static final Path CASES = ROOT.resolve("cases.txt");

	/** One hunk: these lines (possibly none) become those. */
	record Hunk(String before, String after) {
	}

	record Case(String title, String file, List<Hunk> hunks, List<String> expected) {
		@Override
		public String toString() {
			return title;
		}
	}

	static List<Case> cases() {
		List<Case> result = new ArrayList<>();
		String text = read(CASES);
		String[] blocks = text.split("\n== ");
		for (int b = 1; b < blocks.length; b++) {
			String[] lines = blocks[b].split("\n", -1);
			String file = lines[1].substring("in ".length());
			List<Hunk> hunks = new ArrayList<>();
			List<String> expected = new ArrayList<>();
			List<String> before = new ArrayList<>();
			List<String> after = new ArrayList<>();
			for (int i = 2; i < lines.length; i++) {
				String line = lines[i];
				if (line.startsWith("- ")) {
					if (!after.isEmpty()) {
						hunks.add(new Hunk(String.join("\n", before), String.join("\n", after)));
						before.clear();
						after.clear();
					}
					before.add(unescape(line.substring(2)));
				} else if (line.startsWith("+ ")) {
					after.add(unescape(line.substring(2)));
				} else if (line.startsWith("=> ")) {
					expected.add(line.substring(3));
				}
			}
			hunks.add(new Hunk(String.join("\n", before), String.join("\n", after)));
			result.add(new Case(lines[0], file, hunks, expected));
		}
		return result;
	}

	/** Copies base/ into the folder and makes the case's mistake there. */
	static void apply(Case c, Path folder) throws IOException {
		try (Stream<Path> files = Files.list(ROOT.resolve("base"))) {
			for (Path f : files.toList()) {
				Files.copy(f, folder.resolve(f.getFileName()));
			}
		}
		Path target = folder.resolve(c.file());
		String text;
		if (Files.exists(target)) {
			text = Files.readString(target, StandardCharsets.UTF_8);
			for (Hunk hunk : c.hunks()) {
				int at = text.indexOf(hunk.before());
				if (at < 0 || text.indexOf(hunk.before(), at + 1) >= 0) {
					throw new AssertionError(c.title() + ": the lines to replace must occur exactly once in " + c.file());
				}
				text = text.replace(hunk.before(), hunk.after());
			}
		} else {
			text = c.hunks().get(0).after();
		}
		Files.write(target, bytes(text));
	}

	/** \\uXXXX, \\r, \\n, \\t, \\\\ and \\xNN (one raw byte, kept as U+F7NN until written). */
	static String unescape(String line) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\\' || i + 1 == line.length()) {
				out.append(c);
				continue;
			}
			char e = line.charAt(++i);
			switch (e) {
				case 'u' -> {
					out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
					i += 4;
				}
				case 'x' -> {
					out.append((char) (0xF700 + Integer.parseInt(line.substring(i + 1, i + 3), 16)));
					i += 2;
				}
				case 'r' -> out.append('\r');
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				default -> out.append(e);
			}
		}
		return out.toString();
	}

	private static byte[] bytes(String text) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || (text.charAt(i) >= 0xF700 && text.charAt(i) <= 0xF7FF)) {
				out.writeBytes(text.substring(start, i).getBytes(StandardCharsets.UTF_8));
				if (i < text.length()) {
					out.write(text.charAt(i) - 0xF700);
				}
				start = i + 1;
			}
		}
		return out.toByteArray();
	}

	/** cases.txt with every case's "=>" lines replaced by the findings given. */
	static void rewrite(java.util.Map<String, List<String>> actual) {
		String text = read(CASES);
		String[] blocks = text.split("\n== ", -1);
		StringBuilder out = new StringBuilder(blocks[0]);
		for (int b = 1; b < blocks.length; b++) {
			List<String> lines = new ArrayList<>(List.of(blocks[b].split("\n", -1)));
			lines.removeIf(l -> l.startsWith("=> "));
			while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
				lines.remove(lines.size() - 1);
			}
			for (String finding : actual.getOrDefault(lines.get(0), List.of())) {
				lines.add("=> " + finding);
			}
			out.append("\n== ").append(String.join("\n", lines)).append(b + 1 < blocks.length ? "\n" : "\n");
		}
		try {
			Files.writeString(CASES, out.toString(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
