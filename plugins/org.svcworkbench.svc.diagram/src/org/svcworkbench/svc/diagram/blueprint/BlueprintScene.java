package org.svcworkbench.svc.diagram.blueprint;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.BadgeKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.BoxKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.ConnectionKind;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedBadge;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedBox;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedConnection;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedDivider;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedLane;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedLegendItem;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextShapes;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/** A laid-out blueprint as shapes to draw, in paint order: lanes, lines, flows, boxes, legend. */
public final class BlueprintScene {

	private final DiagramFont font;

	public BlueprintScene(DiagramFont font) {
		this.font = font;
	}

	public Scene draw(LaidOutBlueprint blueprint) {
		List<Shape> shapes = new ArrayList<>();
		for (PlacedLane lane : blueprint.lanes()) {
			shapes.add(new Shape.Box(lane.band(), lane.index() % 2 == 0 ? Style.LANE_BAND : Style.LANE_BAND_ALT, 0,
					blueprint.description().laneTitles().get(lane.index())));
			text(lane.title(), Style.LANE_TITLE, Anchor.START, shapes);
		}
		for (PlacedDivider divider : blueprint.dividers()) {
			shapes.add(new Shape.Line(List.of(new Point(divider.x1(), divider.y()), new Point(divider.x2(), divider.y())),
					Style.DIVIDER, false));
			text(divider.text(), Style.DIVIDER_LABEL, Anchor.START, shapes);
		}
		text(blueprint.title(), Style.DIAGRAM_TITLE, Anchor.START, shapes);
		for (PlacedConnection connection : blueprint.connections()) {
			boolean flow = connection.connection().kind() == ConnectionKind.FLOW;
			List<Shape> parts = new ArrayList<>();
			parts.add(new Shape.Line(connection.points(), flow ? Style.FLOW : Style.EVIDENCE_LINK, flow));
			if (connection.label() != null) {
				text(connection.label(), Style.FLOW_LABEL, Anchor.START, parts);
			}
			shapes.add(new Shape.Group(connection.connection().id(), connection.connection().label(), parts));
		}
		for (PlacedBox box : blueprint.boxes()) {
			List<Shape> parts = new ArrayList<>();
			Style style = switch (box.box().kind()) {
			case STEP -> Style.STEP;
			case DECISION -> Style.DECISION_STEP;
			case EVIDENCE -> Style.EVIDENCE;
			};
			parts.add(new Shape.Box(box.bounds(), style, box.box().kind() == BoxKind.EVIDENCE ? 2 : 6, null));
			text(box.label(), Style.STEP_TEXT, Anchor.MIDDLE, parts);
			text(box.detail(), Style.DETAIL_TEXT, Anchor.MIDDLE, parts);
			for (PlacedBadge badge : box.badges()) {
				badge(badge.badge().kind(), badge.badge().text(), badge.bounds(), parts);
			}
			shapes.add(new Shape.Group(box.box().id(), box.box().tooltip(), parts));
		}
		for (PlacedLegendItem item : blueprint.legend()) {
			Rect symbol = item.symbol();
			switch (item.item().symbol()) {
			case FLOW -> shapes.add(new Shape.Line(List.of(new Point(symbol.x(), symbol.centerY()),
					new Point(symbol.right(), symbol.centerY())), Style.FLOW, true));
			case SHOWS -> shapes.add(new Shape.Line(List.of(new Point(symbol.x(), symbol.centerY()),
					new Point(symbol.right(), symbol.centerY())), Style.EVIDENCE_LINK, false));
			case FAIL_BADGE -> badge(BadgeKind.FAIL, "", symbol, shapes);
			case WAIT_BADGE -> badge(BadgeKind.WAIT, "", symbol, shapes);
			case DECISION_BADGE -> badge(BadgeKind.DECISION, "", symbol, shapes);
			}
			text(item.text(), Style.LEGEND_TEXT, Anchor.START, shapes);
		}
		return new Scene(blueprint.description().id(), blueprint.description().title(), blueprint.width(), blueprint.height(),
				shapes);
	}

	/** A badge: a symbol in a circle (F fail, W wait) or a diamond (decision), then its text. */
	private void badge(BadgeKind kind, String text, Rect bounds, List<Shape> shapes) {
		double size = bounds.height();
		Rect symbol = new Rect(bounds.x(), bounds.y(), size, size);
		double baseline = bounds.y() + (size - font.lineHeight(BlueprintLayout.DETAIL_SIZE)) / 2
				+ font.ascent(BlueprintLayout.DETAIL_SIZE);
		switch (kind) {
		case FAIL -> {
			shapes.add(new Shape.Circle(new Point(symbol.centerX(), symbol.centerY()), size / 2, Style.FAIL_BADGE));
			shapes.add(new Shape.Text("F", symbol.centerX(), baseline, BlueprintLayout.DETAIL_SIZE, true, Anchor.MIDDLE,
					Style.BADGE_TEXT));
		}
		case WAIT -> {
			shapes.add(new Shape.Circle(new Point(symbol.centerX(), symbol.centerY()), size / 2, Style.WAIT_BADGE));
			shapes.add(new Shape.Text("W", symbol.centerX(), baseline, BlueprintLayout.DETAIL_SIZE, true, Anchor.MIDDLE,
					Style.BADGE_TEXT));
		}
		case DECISION -> {
			shapes.add(new Shape.Diamond(symbol, Style.DECISION_BADGE));
			shapes.add(new Shape.Text("?", symbol.centerX(), baseline, BlueprintLayout.DETAIL_SIZE, true, Anchor.MIDDLE,
					Style.BADGE_TEXT));
		}
		}
		if (!text.isEmpty()) {
			shapes.add(new Shape.Text(text, symbol.right() + 4, baseline, BlueprintLayout.DETAIL_SIZE, false, Anchor.START,
					Style.DETAIL_TEXT));
		}
	}

	private void text(TextBlock block, Style style, Anchor anchor, List<Shape> shapes) {
		new TextShapes(font).add(block, style, anchor, shapes);
	}
}
