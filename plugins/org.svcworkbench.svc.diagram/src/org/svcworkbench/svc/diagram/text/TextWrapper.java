package org.svcworkbench.svc.diagram.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.svcworkbench.svc.diagram.scene.Rect;

/**
 * Breaks a label into lines no wider than a limit, at the places Unicode's line-breaking rules
 * allow (between words, and between CJK characters); a single word wider than the limit is cut
 * between characters.
 */
public final class TextWrapper {

	private final DiagramFont font;

	public TextWrapper(DiagramFont font) {
		this.font = font;
	}

	public List<String> wrap(String text, double maxWidth, double size, boolean bold) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			wrapParagraph(paragraph.strip(), maxWidth, size, bold, lines);
		}
		return lines;
	}

	private void wrapParagraph(String text, double maxWidth, double size, boolean bold, List<String> lines) {
		if (text.isEmpty()) {
			lines.add("");
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
