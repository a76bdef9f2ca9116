package org.svcworkbench.svc.diagram.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.analysis.ServqualDescription.Position;
import org.svcworkbench.svc.diagram.analysis.ServqualDescription.Row;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextShapes;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/**
 * The SERVQUAL chart: one row per dimension on the 1–7 scale, the zone of tolerance as a band from
 * the adequate to the desired level, the perceived level as a dot coloured by where it falls, and
 * both gaps written beside the row. Laid out by arithmetic: a fixed scale needs no graph layout.
 */
public final class ServqualScene {

	static final double PAD = 16, TITLE_SIZE = 16, LABEL_SIZE = 13, SMALL_SIZE = 11;
	static final double UNIT = 64, ROW = 44, BAND = 18, DOT = 6, MAX_LABEL = 180;

	private final DiagramFont font;
	private final TextWrapper wrapper;
	private final TextShapes texts;

	public ServqualScene(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
		this.texts = new TextShapes(font);
	}

	/** The x of a level on the scale. */
	static double x(double axisLeft, BigDecimal level) {
		return axisLeft + (level.doubleValue() - 1) * UNIT;
	}

	public Scene draw(ServqualDescription chart) {
		List<Shape> shapes = new ArrayList<>();
		double labelWidth = Math.min(MAX_LABEL, chart.rows().stream().mapToDouble(r -> font.width(r.dimension(), LABEL_SIZE, true)).max().orElse(60));
		double axisLeft = PAD + labelWidth + 20, axisRight = axisLeft + 6 * UNIT;
		double gapsLeft = axisRight + 20;
		double gapsWidth = chart.rows().stream().mapToDouble(r -> font.width(r.gaps(), SMALL_SIZE, false)).max().orElse(0);
		double width = Math.max(gapsLeft + gapsWidth + PAD, axisRight + PAD);

		TextBlock title = wrapper.block(chart.title(), width - 2 * PAD, TITLE_SIZE, true, PAD, PAD);
		double top = title.bounds().bottom() + 16;
		double plotBottom = top + chart.rows().size() * ROW;
		shapes.add(new Shape.Box(new Rect(axisLeft - 10, top, axisRight - axisLeft + 20, plotBottom - top), Style.CHART, 0, null));
		for (int level = 1; level <= 7; level++) {
			double x = x(axisLeft, BigDecimal.valueOf(level));
			shapes.add(new Shape.Line(List.of(new Point(x, top), new Point(x, plotBottom)), Style.GRID_LINE, false));
			shapes.add(new Shape.Text(Integer.toString(level), x, plotBottom + 4 + font.ascent(SMALL_SIZE), SMALL_SIZE, false, Anchor.MIDDLE,
					Style.AXIS_TEXT));
		}
		texts.add(title, Style.DIAGRAM_TITLE, Anchor.START, shapes);

		double rowTop = top;
		for (Row row : chart.rows()) {
			shapes.add(row(row, rowTop, labelWidth, axisLeft, gapsLeft, chart.words()));
			rowTop += ROW;
		}

		double legendTop = plotBottom + 4 + font.lineHeight(SMALL_SIZE) + 14;
		double legendBottom = legend(chart.words(), PAD, legendTop, width - PAD, shapes);
		return new Scene(chart.id(), chart.title(), Math.ceil(width), Math.ceil(legendBottom + PAD), shapes);
	}

	private Shape row(Row row, double rowTop, double labelWidth, double axisLeft, double gapsLeft, ServqualDescription.Words words) {
		List<Shape> parts = new ArrayList<>();
		double middle = rowTop + ROW / 2;
		TextBlock label = wrapper.block(row.dimension(), labelWidth, LABEL_SIZE, true, PAD, 0);
		label = new TextBlock(label.lines(), new Rect(PAD, middle - label.bounds().height() / 2, label.bounds().width(), label.bounds().height()),
				LABEL_SIZE, true);
		texts.add(label, Style.LANE_TITLE, Anchor.START, parts);
		double from = x(axisLeft, row.adequate()), to = x(axisLeft, row.desired());
		parts.add(new Shape.Box(new Rect(from, middle - BAND / 2, Math.max(2, to - from), BAND), Style.ZONE, 3, words.zone()));
		for (double x : new double[] { from, to }) {
			parts.add(new Shape.Line(List.of(new Point(x, middle - BAND / 2 - 4), new Point(x, middle + BAND / 2 + 4)), Style.ZONE_EDGE, false));
		}
		if (row.perceived() != null) {
			parts.add(new Shape.Circle(new Point(x(axisLeft, row.perceived()), middle), DOT, style(row.position())));
		} else {
			parts.add(new Shape.Text(words.notMeasured(), axisLeft, middle + font.ascent(SMALL_SIZE) / 2, SMALL_SIZE, false, Anchor.START,
					Style.NOTE_TEXT));
		}
		parts.add(new Shape.Text(row.gaps(), gapsLeft, middle + font.ascent(SMALL_SIZE) / 2 - 1, SMALL_SIZE, false, Anchor.START,
				Style.DETAIL_TEXT));
		return new Shape.Group(row.id(), row.tooltip(), parts);
	}

	/** Swatch and words in a row, wrapping to the next line at the right edge; returns the bottom. */
	private double legend(ServqualDescription.Words words, double left, double top, double right, List<Shape> shapes) {
		double x = left, y = top, lineHeight = font.lineHeight(SMALL_SIZE) + 6;
		record Item(Style style, String text, boolean band) {
		}
		for (Item item : List.of(new Item(Style.ZONE, words.zone(), true), new Item(Style.POINT_LOW, words.below(), false),
				new Item(Style.POINT_NEUTRAL, words.within(), false), new Item(Style.POINT_HIGH, words.above(), false))) {
			double itemWidth = (item.band() ? 26 : 14) + 6 + font.width(item.text(), SMALL_SIZE, false);
			if (x > left && x + itemWidth > right) {
				x = left;
				y += lineHeight;
			}
			double middle = y + font.lineHeight(SMALL_SIZE) / 2;
			if (item.band()) {
				shapes.add(new Shape.Box(new Rect(x, middle - 6, 26, 12), item.style(), 3, null));
				x += 26;
			} else {
				shapes.add(new Shape.Circle(new Point(x + 7, middle), DOT, item.style()));
				x += 14;
			}
			shapes.add(new Shape.Text(item.text(), x + 6, y + font.ascent(SMALL_SIZE), SMALL_SIZE, false, Anchor.START, Style.LEGEND_TEXT));
			x += 6 + font.width(item.text(), SMALL_SIZE, false) + 18;
		}
		return y + font.lineHeight(SMALL_SIZE);
	}

	static Style style(Position position) {
		if (position == null) {
			return Style.POINT_NEUTRAL;
		}
		return switch (position) {
		case BELOW -> Style.POINT_LOW;
		case WITHIN -> Style.POINT_NEUTRAL;
		case ABOVE -> Style.POINT_HIGH;
		};
	}
}
