package org.svcworkbench.svc.diagram.journey;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.journey.JourneyDescription.Stage;
import org.svcworkbench.svc.diagram.journey.JourneyDescription.Touchpoint;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedGroup;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedLevel;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedStage;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedTouchpoint;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/**
 * Lays out a journey map as a table: one column per touchpoint, grouped under its stage, and rows
 * for the cards, the satisfaction chart and the decision factors. A journey is a sequence, not a
 * graph: there is nothing for ELK to order or route, so the columns follow the order written.
 * Card heights come from the wrapped text, so nothing overflows; every card in the row is as tall
 * as the tallest, which keeps the curve's columns readable.
 */
public final class JourneyLayout {

	public static final double TITLE_SIZE = 18, HEADING_SIZE = 13, LABEL_SIZE = 12, DETAIL_SIZE = 11, AXIS_SIZE = 11;
	static final double MARGIN = 24, CARD_WIDTH = 176, CARD_PAD = 8, CARD_GAP = 16, STAGE_PAD = 12, ROW_GAP = 14,
			LEVEL_STEP = 30, CHART_PAD = 34, GUTTER_MAX = 150, GUTTER_GAP = 12, POINT_RADIUS = 6, BULLET_INDENT = 12;

	private final DiagramFont font;
	private final TextWrapper wrapper;

	public JourneyLayout(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
	}

	public LaidOutJourney layout(JourneyDescription journey) {
		// Gutter: row titles and the scale's names, right-aligned against the first stage.
		List<TextBlock> axisTexts = new ArrayList<>();
		double gutter = 0;
		for (String level : journey.levels()) {
			TextBlock text = wrapper.block(level, GUTTER_MAX, AXIS_SIZE, false, 0, 0);
			axisTexts.add(text);
			gutter = Math.max(gutter, text.bounds().width());
		}
		for (String title : journey.rowTitles()) {
			gutter = Math.max(gutter, wrapper.block(title, GUTTER_MAX, LABEL_SIZE, true, 0, 0).bounds().width());
		}
		double contentLeft = MARGIN + Math.ceil(gutter) + GUTTER_GAP;

		// Columns: stage x ranges and card x positions.
		List<double[]> stageX = new ArrayList<>();
		double x = contentLeft;
		for (Stage stage : journey.stages()) {
			int columns = Math.max(1, stage.touchpoints().size());
			double width = 2 * STAGE_PAD + columns * CARD_WIDTH + (columns - 1) * CARD_GAP;
			stageX.add(new double[] { x, width });
			x += width;
		}
		double contentRight = x;
		double width = contentRight + MARGIN;

		TextBlock title = wrapper.block(journey.title(), Math.max(width - 2 * MARGIN, 300), TITLE_SIZE, true, MARGIN, MARGIN);
		width = Math.max(width, title.bounds().right() + MARGIN);
		double headerTop = title.bounds().bottom() + ROW_GAP;

		// Stage headers: the phase in bold, the stage's own label below it.
		double headerHeight = 0;
		List<TextBlock[]> headerTexts = new ArrayList<>();
		for (int s = 0; s < journey.stages().size(); s++) {
			Stage stage = journey.stages().get(s);
			double innerX = stageX.get(s)[0] + STAGE_PAD, innerWidth = stageX.get(s)[1] - 2 * STAGE_PAD;
			TextBlock heading = wrapper.block(stage.heading(), innerWidth, HEADING_SIZE, true, innerX, headerTop + CARD_PAD);
			TextBlock label = stage.label().isEmpty() ? null
					: wrapper.block(stage.label(), innerWidth, LABEL_SIZE, false, innerX, heading.bounds().bottom() + 2);
			headerTexts.add(new TextBlock[] { heading, label });
			double bottom = (label == null ? heading : label).bounds().bottom() + CARD_PAD;
			headerHeight = Math.max(headerHeight, bottom - headerTop);
		}
		double groupTop = headerTop + headerHeight + ROW_GAP;

		// Group brackets over the cards of each touchpoint group.
		double groupHeight = journey.hasGroups() ? font.lineHeight(LABEL_SIZE) + 8 : 0;
		List<PlacedGroup> groups = new ArrayList<>();
		double cardTop = groupTop + groupHeight;
		for (int s = 0; s < journey.stages().size(); s++) {
			Stage stage = journey.stages().get(s);
			for (int g = 0; g < stage.groups().size(); g++) {
				int first = -1, last = -1;
				for (int t = 0; t < stage.touchpoints().size(); t++) {
					if (stage.touchpoints().get(t).group() == g) {
						first = first < 0 ? t : first;
						last = t;
					}
				}
				double left = first < 0 ? stageX.get(s)[0] + STAGE_PAD : cardX(stageX.get(s)[0], first);
				double right = first < 0 ? left + CARD_WIDTH : cardX(stageX.get(s)[0], last) + CARD_WIDTH;
				List<String> lines = List.of(cut(stage.groups().get(g), right - left, LABEL_SIZE));
				Rect bracket = new Rect(left, groupTop, right - left, groupHeight - 2);
				double textWidth = font.width(lines.get(0), LABEL_SIZE, true);
				groups.add(new PlacedGroup(stage.groups().get(g), bracket, new TextBlock(lines,
						new Rect(bracket.centerX() - textWidth / 2, groupTop, textWidth, font.lineHeight(LABEL_SIZE)), LABEL_SIZE, true)));
			}
		}

		// Cards: label and details wrapped inside the card; one height for the whole row.
		double textWidth = CARD_WIDTH - 2 * CARD_PAD;
		double cardHeight = 0;
		List<TextBlock[]> cardTexts = new ArrayList<>();
		for (int s = 0; s < journey.stages().size(); s++) {
			Stage stage = journey.stages().get(s);
			for (int t = 0; t < stage.touchpoints().size(); t++) {
				Touchpoint touchpoint = stage.touchpoints().get(t);
				double left = cardX(stageX.get(s)[0], t) + CARD_PAD;
				TextBlock label = wrapper.block(touchpoint.label(), textWidth, LABEL_SIZE, true, left, cardTop + CARD_PAD);
				TextBlock details = touchpoint.details().isEmpty() ? null
						: wrapper.block(String.join("\n", touchpoint.details()), textWidth, DETAIL_SIZE, false, left,
								label.bounds().bottom() + 4);
				cardTexts.add(new TextBlock[] { label, details });
				cardHeight = Math.max(cardHeight, (details == null ? label : details).bounds().bottom() + CARD_PAD - cardTop);
			}
		}
		if (cardTexts.isEmpty()) {
			cardHeight = font.lineHeight(LABEL_SIZE) + 2 * CARD_PAD;
		}

		// The chart: level 7 at the top, 1 at the bottom; padding above and below for the emotions.
		double chartTop = cardTop + cardHeight + ROW_GAP;
		double chartHeight = 2 * CHART_PAD + 6 * LEVEL_STEP;
		Rect chart = new Rect(contentLeft, chartTop, contentRight - contentLeft, chartHeight);
		List<PlacedLevel> levels = new ArrayList<>();
		for (int level = 1; level <= 7; level++) {
			double y = levelY(chart, level);
			TextBlock axis = axisTexts.get(level - 1);
			double top = y - axis.bounds().height() / 2;
			levels.add(new PlacedLevel(level, y, new TextBlock(axis.lines(),
					new Rect(contentLeft - GUTTER_GAP - axis.bounds().width(), top, axis.bounds().width(), axis.bounds().height()),
					AXIS_SIZE, false)));
		}

		List<Point> curve = new ArrayList<>();
		List<Rect> cards = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		List<Touchpoint> all = new ArrayList<>();
		for (int s = 0; s < journey.stages().size(); s++) {
			Stage stage = journey.stages().get(s);
			for (int t = 0; t < stage.touchpoints().size(); t++) {
				Touchpoint touchpoint = stage.touchpoints().get(t);
				Rect bounds = new Rect(cardX(stageX.get(s)[0], t), cardTop, CARD_WIDTH, cardHeight);
				Point point = touchpoint.level() == null ? null : new Point(bounds.centerX(), levelY(chart, touchpoint.level()));
				if (point != null) {
					curve.add(point);
				}
				all.add(touchpoint);
				cards.add(bounds);
				points.add(point);
			}
		}
		List<PlacedTouchpoint> touchpoints = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Touchpoint touchpoint = all.get(i);
			Rect bounds = cards.get(i);
			Point point = points.get(i);
			TextBlock emotion = null, notRated = null;
			if (point != null && touchpoint.emotion() != null) {
				emotion = emotion(touchpoint.emotion(), point, curve);
			} else if (point == null) {
				notRated = centred(journey.notRated(), bounds.centerX(), chart.bottom() - CHART_PAD / 2
						- font.lineHeight(DETAIL_SIZE) / 2, DETAIL_SIZE);
			}
			touchpoints.add(new PlacedTouchpoint(touchpoint, bounds, cardTexts.get(i)[0], cardTexts.get(i)[1], point, emotion, notRated));
		}

		// Decision factors under the chart, one bullet per factor, wrapped lines indented under the first.
		double factorsTop = chart.bottom() + ROW_GAP;
		double factorsHeight = 0;
		List<List<TextBlock>> factorTexts = new ArrayList<>();
		for (int s = 0; s < journey.stages().size(); s++) {
			Stage stage = journey.stages().get(s);
			List<TextBlock> factors = new ArrayList<>();
			double y = factorsTop + CARD_PAD;
			double left = stageX.get(s)[0] + STAGE_PAD + BULLET_INDENT, factorWidth = stageX.get(s)[1] - 2 * STAGE_PAD - BULLET_INDENT;
			for (String factor : stage.factors()) {
				TextBlock text = wrapper.block(factor, factorWidth, DETAIL_SIZE, false, left, y);
				factors.add(text);
				y = text.bounds().bottom() + 2;
			}
			if (!factors.isEmpty()) {
				factorsHeight = Math.max(factorsHeight, y - factorsTop + CARD_PAD);
			}
			factorTexts.add(factors);
		}
		double bottom = factorsHeight > 0 ? factorsTop + factorsHeight : chart.bottom();

		List<PlacedStage> stages = new ArrayList<>();
		for (int s = 0; s < journey.stages().size(); s++) {
			Stage stage = journey.stages().get(s);
			Rect column = new Rect(stageX.get(s)[0], headerTop, stageX.get(s)[1], bottom - headerTop);
			Rect header = new Rect(column.x(), headerTop, column.width(), headerHeight);
			TextBlock empty = stage.touchpoints().isEmpty()
					? centred(stage.empty(), column.centerX(), cardTop + CARD_PAD, DETAIL_SIZE) : null;
			stages.add(new PlacedStage(stage, column, header, headerTexts.get(s)[0], headerTexts.get(s)[1], factorTexts.get(s), empty));
		}

		List<TextBlock> rowTitles = new ArrayList<>();
		rowTitles.add(rowTitle(journey.rowTitles().get(0), cardTop + CARD_PAD, contentLeft));
		rowTitles.add(rowTitle(journey.rowTitles().get(1), chartTop, contentLeft));
		if (factorsHeight > 0) {
			rowTitles.add(rowTitle(journey.rowTitles().get(2), factorsTop + CARD_PAD, contentLeft));
		}
		return new LaidOutJourney(journey, Math.ceil(width), Math.ceil(bottom + MARGIN), title, stages, groups, touchpoints, chart,
				levels, rowTitles, curve);
	}

	static double cardX(double stageX, int index) {
		return stageX + STAGE_PAD + index * (CARD_WIDTH + CARD_GAP);
	}

	/** Grid line of a level: 7 at the top of the chart's inner area, 1 at its bottom. */
	static double levelY(Rect chart, int level) {
		return chart.y() + CHART_PAD + (7 - level) * LEVEL_STEP;
	}

	private TextBlock rowTitle(String text, double top, double contentLeft) {
		TextBlock block = wrapper.block(text, GUTTER_MAX, LABEL_SIZE, true, 0, 0);
		return new TextBlock(block.lines(), new Rect(contentLeft - GUTTER_GAP - block.bounds().width(), top, block.bounds().width(),
				block.bounds().height()), LABEL_SIZE, true);
	}

	/** One line centred on x, cut to a card's width. */
	/**
	 * A point's emotion, under the point where the curve leaves room, else over it: under a point the
	 * curve climbs to steeply (or a peak between steep slopes) its line ran through the word.
	 */
	private TextBlock emotion(String text, Point point, List<Point> curve) {
		TextBlock below = centred(text, point.x(), point.y() + POINT_RADIUS + 3, DETAIL_SIZE);
		if (!crossed(below, point, curve)) {
			return below;
		}
		TextBlock above = centred(text, point.x(), point.y() - POINT_RADIUS - 3 - font.lineHeight(DETAIL_SIZE), DETAIL_SIZE);
		return crossed(above, point, curve) ? below : above;
	}

	/** Whether the curve's lines to and from the point pass through the text or within 2 units of it. */
	private static boolean crossed(TextBlock text, Point point, List<Point> curve) {
		int at = curve.indexOf(point);
		Rect clear = text.bounds().grown(2);
		return at > 0 && clear.cutBy(curve.get(at - 1), point) || at + 1 < curve.size() && clear.cutBy(point, curve.get(at + 1));
	}

	private TextBlock centred(String text, double centerX, double top, double size) {
		String line = cut(text, CARD_WIDTH, size);
		double width = font.width(line, size, false);
		return new TextBlock(List.of(line), new Rect(centerX - width / 2, top, width, font.lineHeight(size)), size, false);
	}

	/** The first line of the text wrapped to the width, with an ellipsis when more was cut. */
	private String cut(String text, double width, double size) {
		List<String> lines = wrapper.wrap(text, width - font.width("…", size, true), size, true);
		return lines.size() <= 1 ? (lines.isEmpty() ? "" : lines.get(0)) : lines.get(0) + "…";
	}
}
