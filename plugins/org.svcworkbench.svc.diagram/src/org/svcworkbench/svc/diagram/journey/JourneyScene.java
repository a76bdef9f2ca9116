package org.svcworkbench.svc.diagram.journey;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedGroup;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedLevel;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedStage;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedTouchpoint;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextShapes;

/** A laid-out journey map as shapes: stage columns, cards, the chart's grid, the curve, its points. */
public final class JourneyScene {

	private static final Style[] STAGE_STYLES = { Style.STAGE_BEFORE, Style.STAGE_DURING, Style.STAGE_AFTER };
	private static final Style[] HEADER_STYLES = { Style.HEADER_BEFORE, Style.HEADER_DURING, Style.HEADER_AFTER };

	private final DiagramFont font;
	private final TextShapes texts;

	public JourneyScene(DiagramFont font) {
		this.font = font;
		this.texts = new TextShapes(font);
	}

	public Scene draw(LaidOutJourney journey) {
		List<Shape> shapes = new ArrayList<>();
		texts.add(journey.title(), Style.DIAGRAM_TITLE, Anchor.START, shapes);
		for (PlacedStage stage : journey.stages()) {
			List<Shape> parts = new ArrayList<>();
			int phase = stage.stage().phase();
			parts.add(new Shape.Box(stage.column(), STAGE_STYLES[phase], 0, null));
			parts.add(new Shape.Box(stage.header(), HEADER_STYLES[phase], 0, null));
			texts.add(stage.heading(), Style.STEP_TEXT, Anchor.START, parts);
			texts.add(stage.label(), Style.STEP_TEXT, Anchor.START, parts);
			for (TextBlock factor : stage.factors()) {
				parts.add(new Shape.Text("•", factor.bounds().x() - JourneyLayout.BULLET_INDENT, factor.bounds().y()
						+ font.ascent(factor.size()), factor.size(), false, Anchor.START, Style.DETAIL_TEXT));
				texts.add(factor, Style.DETAIL_TEXT, Anchor.START, parts);
			}
			texts.add(stage.empty(), Style.NOTE_TEXT, Anchor.START, parts);
			String tooltip = stage.stage().heading() + (stage.stage().label().isEmpty() ? "" : ": " + stage.stage().label());
			shapes.add(new Shape.Group(stage.stage().id(), tooltip, parts));
		}
		for (PlacedGroup group : journey.groups()) {
			Rect b = group.bracket();
			shapes.add(new Shape.Line(List.of(new Point(b.x(), b.bottom()), new Point(b.x(), b.y() + b.height() / 2),
					new Point(b.right(), b.y() + b.height() / 2), new Point(b.right(), b.bottom())), Style.GROUP_BRACKET, false));
			Rect t = group.text().bounds();
			shapes.add(new Shape.Box(new Rect(t.x() - 4, t.y(), t.width() + 8, t.height()), Style.HALO, 0, null));
			texts.add(group.text(), Style.STEP_TEXT, Anchor.START, shapes);
		}
		texts.addAll(journey.rowTitles(), Style.LANE_TITLE, Anchor.END, shapes);
		Rect chart = journey.chart();
		shapes.add(new Shape.Box(chart, Style.CHART, 0, null));
		for (PlacedStage stage : journey.stages().subList(Math.min(1, journey.stages().size()), journey.stages().size())) {
			shapes.add(new Shape.Line(List.of(new Point(stage.column().x(), chart.y()), new Point(stage.column().x(), chart.bottom())),
					Style.GRID_LINE, false));
		}
		for (PlacedLevel level : journey.levels()) {
			shapes.add(new Shape.Line(List.of(new Point(chart.x(), level.y()), new Point(chart.right(), level.y())),
					level.level() == 4 ? Style.NEUTRAL_LINE : Style.GRID_LINE, false));
			texts.add(level.label(), Style.AXIS_TEXT, Anchor.END, shapes);
		}
		if (journey.curve().size() > 1) {
			shapes.add(new Shape.Line(journey.curve(), Style.CURVE, false));
		}
		for (PlacedTouchpoint touchpoint : journey.touchpoints()) {
			List<Shape> parts = new ArrayList<>();
			parts.add(new Shape.Box(touchpoint.card(), Style.CARD, 6, null));
			texts.add(touchpoint.label(), Style.STEP_TEXT, Anchor.START, parts);
			texts.add(touchpoint.details(), Style.DETAIL_TEXT, Anchor.START, parts);
			if (touchpoint.point() != null) {
				int level = touchpoint.touchpoint().level();
				Style style = level <= 3 ? Style.POINT_LOW : level == 4 ? Style.POINT_NEUTRAL : Style.POINT_HIGH;
				parts.add(new Shape.Circle(touchpoint.point(), JourneyLayout.POINT_RADIUS, style));
			}
			if (touchpoint.emotion() != null) {
				Rect t = touchpoint.emotion().bounds();
				parts.add(new Shape.Box(new Rect(t.x() - 3, t.y(), t.width() + 6, t.height()), Style.HALO, 3, null));
				texts.add(touchpoint.emotion(), Style.EMOTION_TEXT, Anchor.START, parts);
			}
			texts.add(touchpoint.notRated(), Style.NOTE_TEXT, Anchor.START, parts);
			shapes.add(new Shape.Group(touchpoint.touchpoint().id(), touchpoint.touchpoint().tooltip(), parts));
		}
		return new Scene(journey.description().id(), journey.description().title(), journey.width(), journey.height(), shapes);
	}
}
