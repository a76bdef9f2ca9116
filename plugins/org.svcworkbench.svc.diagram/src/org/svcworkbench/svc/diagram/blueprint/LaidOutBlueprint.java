package org.svcworkbench.svc.diagram.blueprint;

import java.util.List;

import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Badge;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Box;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Connection;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.LegendItem;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.TextBlock;

/** A blueprint with every position decided: what geometry tests check and the scene is drawn from. */
public record LaidOutBlueprint(BlueprintDescription description, double width, double height, TextBlock title,
		List<PlacedLane> lanes, List<PlacedDivider> dividers, List<PlacedBox> boxes, List<PlacedConnection> connections,
		List<PlacedLegendItem> legend) {

	public record PlacedLane(int index, Rect band, TextBlock title) {
	}

	/** One of the three lines, across the whole width at y, with its label above it on the left. */
	public record PlacedDivider(String label, double y, double x1, double x2, TextBlock text) {
	}

	public record PlacedBadge(Badge badge, Rect bounds) {
	}

	public record PlacedBox(Box box, Rect bounds, int column, TextBlock label, TextBlock detail, List<PlacedBadge> badges) {
	}

	/** An orthogonal polyline from the source box's border to the target's. */
	public record PlacedConnection(Connection connection, List<Point> points, TextBlock label) {
	}

	public record PlacedLegendItem(LegendItem item, Rect symbol, TextBlock text) {
	}

	public PlacedBox box(String id) {
		return boxes.stream().filter(b -> b.box().id().equals(id)).findFirst().orElseThrow();
	}
}
