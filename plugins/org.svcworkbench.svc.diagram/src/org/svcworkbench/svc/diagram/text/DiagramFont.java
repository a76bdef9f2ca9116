package org.svcworkbench.svc.diagram.text;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
		// Labels repeat within a portfolio (lanes, phases, channels, roles, durations) and within a
		// drawing (a label is measured to wrap it and again to size its block): each thread keeps the
		// widths it measured, a few thousand per style (Java2D's measuring was 3-6 % of documenting).
		Widths widths = measured.get().of(size, bold);
		Double known = widths.get(text);
		if (known != null) {
			return known;
		}
		double width = awtFont(size, bold).getStringBounds(text, CONTEXT).getWidth();
		widths.put(text, width);
		return width;
	}

	/** The widths one thread measured in one style; forgotten all at once when there are too many. */
	private static final class Widths {
		private static final int KEPT = 2048;
		private final double size;
		private final boolean bold;
		private final HashMap<String, Double> byText = new HashMap<>(256);

		Widths(double size, boolean bold) {
			this.size = size;
			this.bold = bold;
		}

		Double get(String text) {
			return byText.get(text);
		}

		void put(String text, double width) {
			if (byText.size() >= KEPT) {
				byText.clear();
			}
			byText.put(text, width);
		}
	}

	/** A thread's widths by style: a diagram uses a handful of sizes, so a list is looked through. */
	private static final class ThreadWidths {
		private final List<Widths> styles = new ArrayList<>();

		Widths of(double size, boolean bold) {
			for (int i = 0; i < styles.size(); i++) {
				Widths widths = styles.get(i);
				if (widths.size == size && widths.bold == bold) {
					return widths;
				}
			}
			Widths widths = new Widths(size, bold);
			styles.add(widths);
			return widths;
		}
	}

	private final ThreadLocal<ThreadWidths> measured = ThreadLocal.withInitial(ThreadWidths::new);

	/** Distance between baselines of two lines. */
	public double lineHeight(double size) {
		return metrics(size).lineHeight();
	}

	/** Baseline offset from the top of a line. */
	public double ascent(double size) {
		return metrics(size).ascent();
	}

	/** A size's line metrics, measured once per size (every text block asks). */
	private Metrics metrics(double size) {
		return metrics.computeIfAbsent(size, s -> {
			LineMetrics line = awtFont(s, false).getLineMetrics("Ag中", CONTEXT);
			return new Metrics(Math.ceil(line.getAscent() + line.getDescent() + line.getLeading()), line.getAscent());
		});
	}

	private record Metrics(double lineHeight, double ascent) {
	}

	private final ConcurrentHashMap<Double, Metrics> metrics = new ConcurrentHashMap<>();

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
