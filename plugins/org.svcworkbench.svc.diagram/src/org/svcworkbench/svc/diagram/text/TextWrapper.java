package org.svcworkbench.svc.diagram.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.svcworkbench.svc.diagram.scene.Rect;

/**
 * Breaks a label into lines no wider than a limit, at the places Unicode's line-breaking rules
 * allow (between words, and between CJK characters); a single word wider than the limit is cut
 * between characters. A CJK label never ends with one character alone on its last line: that line
 * takes the previous line's last character with it ("报价并决定进厂/预约/" and "报价", not "…/报" and "价").
 */
public final class TextWrapper {

	/** Compiled once: String.split compiles a pattern of more than one character on every call. */
	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private final DiagramFont font;

	public TextWrapper(DiagramFont font) {
		this.font = font;
	}

	public List<String> wrap(String text, double maxWidth, double size, boolean bold) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : LINE_BREAK.split(text, -1)) {
			int first = lines.size();
			wrapParagraph(paragraph.strip(), maxWidth, size, bold, lines);
			keepTheLastCharacterCompany(lines, first, maxWidth, size, bold);
		}
		return lines;
	}

	private void wrapParagraph(String text, double maxWidth, double size, boolean bold, List<String> lines) {
		if (text.isEmpty()) {
			lines.add("");
			return;
		}
		if (font.width(text, size, bold) <= maxWidth) {
			lines.add(text); // most labels fit: no line breaking needed (what fits whole fits piece by piece)
			return;
		}
		BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
		breaks.setText(text);
		StringBuilder line = new StringBuilder();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String piece = text.substring(start, end);
			String candidate = line + piece;
			if (font.width(candidate.stripTrailing(), size, bold) <= maxWidth) {
				line.append(piece);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			if (font.width(piece.stripTrailing(), size, bold) <= maxWidth) {
				line.append(piece);
			} else {
				cutLongWord(piece, maxWidth, size, bold, lines, line);
			}
		}
		if (!line.toString().isBlank()) {
			lines.add(line.toString().strip());
		}
	}

	/** A last line of one CJK character takes the previous line's last CJK character, when the two fit. */
	private void keepTheLastCharacterCompany(List<String> lines, int first, double maxWidth, double size, boolean bold) {
		int last = lines.size() - 1;
		if (last - 1 < first) {
			return;
		}
		String tail = lines.get(last), previous = lines.get(last - 1);
		if (tail.codePointCount(0, tail.length()) != 1 || previous.codePointCount(0, previous.length()) < 2
				|| !isCjk(tail.codePointAt(0)) || !isCjk(previous.codePointBefore(previous.length()))) {
			return;
		}
		int cut = previous.offsetByCodePoints(previous.length(), -1);
		String joined = previous.substring(cut) + tail;
		if (font.width(joined, size, bold) <= maxWidth) {
			lines.set(last - 1, previous.substring(0, cut));
			lines.set(last, joined);
		}
	}

	/** Scripts written without spaces, so two of their characters join with nothing between them. */
	private static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA; // not Hangul: Korean puts spaces between words
	}

	private void cutLongWord(String word, double maxWidth, double size, boolean bold, List<String> lines, StringBuilder line) {
		int[] codePoints = word.codePoints().toArray();
		for (int codePoint : codePoints) {
			String candidate = line + Character.toString(codePoint);
			if (!line.isEmpty() && font.width(candidate.stripTrailing(), size, bold) > maxWidth) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			line.appendCodePoint(codePoint);
		}
	}

	/** The text wrapped to maxWidth as a block whose top-left corner is (x, y), sized by its lines. */
	public TextBlock block(String text, double maxWidth, double size, boolean bold, double x, double y) {
		List<String> lines = wrap(text, maxWidth, size, bold);
		return new TextBlock(lines, new Rect(x, y, widest(lines, size, bold), lines.size() * font.lineHeight(size)), size, bold);
	}

	/** Width of the widest line. */
	public double widest(List<String> lines, double size, boolean bold) {
		return lines.stream().mapToDouble(l -> font.width(l, size, bold)).max().orElse(0);
	}
}
