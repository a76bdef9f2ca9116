package org.svcworkbench.svc.diagram.text;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font of every diagram, measured with AWT (headless) so that boxes fit their text in the PNG,
 * which is rendered with the same AWT font. The SVG names the same families, CJK first, so that a
 * browser picks the same glyphs where it can.
 */
public final class DiagramFont {

	/** Preference order: CJK-complete families first; each also covers Latin text. */
	public static final List<String> FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP",
			"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Source Han Sans SC", "DejaVu Sans");

	/** The Debian package that provides the first family. */
	public static final String FONT_PACKAGE = "fonts-noto-cjk";

	/** The family used when none of the preferred ones is installed: Java's logical sans-serif font. */
	static final String LOGICAL_FALLBACK = "SansSerif";

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static volatile DiagramFont installed;

	private final String family;
	private final ConcurrentHashMap<Long, Font> fonts = new ConcurrentHashMap<>();

	DiagramFont(String family) {
		this.family = family;
	}

	/** The first preferred family installed on this machine (looked up once). */
	public static DiagramFont installed() {
		DiagramFont font = installed;
		if (font == null) {
			Set<String> available = new HashSet<>(
					Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
			String chosen = FAMILIES.stream().filter(available::contains).findFirst().orElse(LOGICAL_FALLBACK);
			installed = font = new DiagramFont(chosen);
		}
		return font;
	}

	/** For tests: a font of the given family, installed or not. */
	public static DiagramFont of(String family) {
		return new DiagramFont(family);
	}

	public String family() {
		return family;
	}

	/** The CSS font-family list of the SVG: the measured family first, then the other fallbacks. */
	public String cssFamilies() {
		StringBuilder css = new StringBuilder("'").append(family).append('\'');
		for (String other : FAMILIES) {
			if (!other.equals(family)) {
				css.append(", '").append(other).append('\'');
			}
		}
		return css.append(", sans-serif").toString();
	}

	public Font awtFont(double size, boolean bold) {
		long key = Double.doubleToLongBits(size) ^ (bold ? 1L : 0L);
		return fonts.computeIfAbsent(key, k -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
	}

	/** Advance width of the text in diagram units. */
	public double width(String text, double size, boolean bold) {
		// A label that fits on one line is measured to wrap it and again to size its block: the
		// second answer is the thread's last one (Java2D's measuring was 2 % of documenting a portfolio).
		Measured last = lastMeasured.get();
		if (last != null && last.size == size && last.bold == bold && last.text.equals(text)) {
			return last.width;
		}
		double width = awtFont(size, bold).getStringBounds(text, CONTEXT).getWidth();
		lastMeasured.set(new Measured(text, size, bold, width));
		return width;
	}

	private record Measured(String text, double size, boolean bold, double width) {
	}

	private final ThreadLocal<Measured> lastMeasured = new ThreadLocal<>();

	/** Distance between baselines of two lines. */
	public double lineHeight(double size) {
		LineMetrics metrics = awtFont(size, false).getLineMetrics("Ag中", CONTEXT);
		return Math.ceil(metrics.getAscent() + metrics.getDescent() + metrics.getLeading());
	}

	/** Baseline offset from the top of a line. */
	public double ascent(double size) {
		return awtFont(size, false).getLineMetrics("Ag中", CONTEXT).getAscent();
	}

	/** The characters of the text this font has no glyph for (empty when it can draw it all). */
	public String missingGlyphs(String text) {
		StringBuilder missing = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isWhitespace(c) && !canDisplay(c)) {
				missing = missing == null ? new StringBuilder() : missing;
				if (missing.indexOf(Character.toString(c)) < 0) {
					missing.appendCodePoint(c);
				}
			}
		}
		return missing == null ? "" : missing.toString();
	}

	/**
	 * Whether the font has a glyph for the character; the answers for the first 64K characters are
	 * kept (every label asks). Without a lock: threads that ask at once compute the same answer, and
	 * a byte is written whole.
	 */
	private boolean canDisplay(int c) {
		if (c >= DISPLAYABLE_KNOWN) {
			return awtFont(12, false).canDisplay(c);
		}
		byte known = displayable[c];
		if (known == 0) {
			known = awtFont(12, false).canDisplay(c) ? YES : NO;
			displayable[c] = known;
		}
		return known == YES;
	}

	private static final int DISPLAYABLE_KNOWN = 0x10000;
	private static final byte YES = 1, NO = 2;
	private final byte[] displayable = new byte[DISPLAYABLE_KNOWN];
}
