package org.svcworkbench.svc.diagram.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Connection;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.ConnectionKind;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedBox;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedConnection;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/** The rules a laid-out blueprint must keep; each returns what breaks them, in words. */
final class BlueprintGeometry {

	private final LaidOutBlueprint blueprint;
	private final DiagramFont font;

	BlueprintGeometry(LaidOutBlueprint blueprint, DiagramFont font) {
		this.blueprint = blueprint;
		this.font = font;
	}

	List<String> overlappingBoxes() {
		List<String> problems = new ArrayList<>();
		List<PlacedBox> boxes = blueprint.boxes();
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				if (boxes.get(i).bounds().overlaps(boxes.get(j).bounds())) {
					problems.add(boxes.get(i).box().id() + " overlaps " + boxes.get(j).box().id());
				}
			}
		}
		return problems;
	}

	List<String> boxesOutsideTheirLane() {
		List<String> problems = new ArrayList<>();
		for (PlacedBox box : blueprint.boxes()) {
			Rect band = blueprint.lanes().get(box.box().lane()).band();
			if (!band.contains(box.bounds())) {
				problems.add(box.box().id() + " " + box.bounds() + " is not inside lane " + box.box().lane() + " " + band);
			}
		}
		return problems;
	}

	/** Flows that are not part of a cycle must go left to right. */
	List<String> flowsAgainstTime() {
		List<String> problems = new ArrayList<>();
		Map<String, Set<String>> next = new HashMap<>();
		for (Connection c : blueprint.description().connections()) {
			if (c.kind() == ConnectionKind.FLOW) {
				next.computeIfAbsent(c.from(), k -> new HashSet<>()).add(c.to());
			}
		}
		for (Connection c : blueprint.description().connections()) {
			if (c.kind() != ConnectionKind.FLOW || reaches(next, c.to(), c.from())) {
				continue;
			}
			Rect from = blueprint.box(c.from()).bounds(), to = blueprint.box(c.to()).bounds();
			if (!(from.right() < to.x())) {
				problems.add(c.from() + " -> " + c.to() + " does not run left to right: " + from + " / " + to);
			}
		}
		return problems;
	}

	private static boolean reaches(Map<String, Set<String>> next, String from, String to) {
		Deque<String> todo = new ArrayDeque<>(List.of(from));
		Set<String> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			String at = todo.pop();
			if (at.equals(to)) {
				return true;
			}
			if (seen.add(at)) {
				todo.addAll(next.getOrDefault(at, Set.of()));
			}
		}
		return false;
	}

	/** Every segment is horizontal or vertical and passes through no box but its own two ends. */
	List<String> connectionsThroughBoxes() {
		List<String> problems = new ArrayList<>();
		for (PlacedConnection connection : blueprint.connections()) {
			List<Point> points = connection.points();
			if (points.size() < 2) {
				problems.add(connection.connection().id() + " has fewer than two points");
			}
			for (int i = 0; i + 1 < points.size(); i++) {
				Point a = points.get(i), b = points.get(i + 1);
				if (a.x() != b.x() && a.y() != b.y()) {
					problems.add(connection.connection().id() + " has a slanted segment " + a + " " + b);
				}
				for (PlacedBox box : blueprint.boxes()) {
					String id = box.box().id();
					if (!id.equals(connection.connection().from()) && !id.equals(connection.connection().to())
							&& box.bounds().crossedBy(a, b)) {
						problems.add(connection.connection().id() + " crosses " + id);
					}
				}
			}
		}
		return problems;
	}

	/** The line of interaction lies between customer and onstage, visibility between onstage and backstage, ... */
	List<String> misplacedDividers() {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < blueprint.dividers().size(); i++) {
			int above = BlueprintDescription.DIVIDER_BELOW_LANE[i];
			double y = blueprint.dividers().get(i).y();
			Rect upper = blueprint.lanes().get(above).band(), lower = blueprint.lanes().get(above + 1).band();
			if (Math.abs(upper.bottom() - y) > 0.01 || Math.abs(lower.y() - y) > 0.01) {
				problems.add(blueprint.dividers().get(i).label() + " at " + y + " is not between lanes " + above + " and " + (above + 1));
			}
			if (blueprint.dividers().get(i).x2() - blueprint.dividers().get(i).x1() < upper.width() - 0.01) {
				problems.add(blueprint.dividers().get(i).label() + " does not cross the whole width");
			}
		}
		return problems;
	}

	/** Every line of text, measured with the font, lies inside its box; labels of flows overlap no box. */
	List<String> textOutsideItsBox() {
		List<String> problems = new ArrayList<>();
		for (PlacedBox box : blueprint.boxes()) {
			for (TextBlock block : List.of(box.label(), box.detail())) {
				checkFits(box.box().id(), block, box.bounds(), problems);
			}
			box.badges().forEach(b -> {
				if (!box.bounds().contains(b.bounds())) {
					problems.add(box.box().id() + ": badge outside the box");
				}
			});
		}
		for (PlacedConnection connection : blueprint.connections()) {
			if (connection.label() != null) {
				for (PlacedBox box : blueprint.boxes()) {
					if (box.bounds().overlaps(connection.label().bounds())) {
						problems.add("label of " + connection.connection().id() + " overlaps " + box.box().id());
					}
				}
			}
		}
		for (var lane : blueprint.lanes()) {
			checkFits("lane " + lane.index(), lane.title(), lane.band(), problems);
		}
		return problems;
	}

	private void checkFits(String owner, TextBlock block, Rect bounds, List<String> problems) {
		new TextFits(font).check(owner, block, bounds, problems);
	}

	/** A step's details never break a duration between its number and its unit ("1" at a line's end, "min" on the next). */
	List<String> durationsSplit() {
		List<String> problems = new ArrayList<>();
		for (PlacedBox box : blueprint.boxes()) {
			List<String> lines = box.detail() == null ? List.of() : box.detail().lines();
			for (int i = 1; i < lines.size(); i++) {
				String end = lines.get(i - 1), next = lines.get(i);
				if (!end.isEmpty() && Character.isDigit(end.charAt(end.length() - 1)) && !next.isEmpty() && Character.isLetter(next.charAt(0))) {
					problems.add(box.box().id() + ": its details break between \"" + end + "\" and \"" + next + "\"");
				}
			}
		}
		return problems;
	}

	List<String> all() {
		List<String> problems = new ArrayList<>();
		problems.addAll(durationsSplit());
		problems.addAll(overlappingBoxes());
		problems.addAll(boxesOutsideTheirLane());
		problems.addAll(flowsAgainstTime());
		problems.addAll(connectionsThroughBoxes());
		problems.addAll(misplacedDividers());
		problems.addAll(textOutsideItsBox());
		return problems;
	}
}
