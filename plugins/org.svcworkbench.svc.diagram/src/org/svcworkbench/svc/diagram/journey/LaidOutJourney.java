package org.svcworkbench.svc.diagram.journey;

import java.util.List;

import org.svcworkbench.svc.diagram.journey.JourneyDescription.Stage;
import org.svcworkbench.svc.diagram.journey.JourneyDescription.Touchpoint;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.TextBlock;

/**
 * A journey map with every position decided: stage columns, touchpoint cards, the chart of the
 * 7-level scale and the satisfaction curve through the rated touchpoints, left to right.
 */
public record LaidOutJourney(JourneyDescription description, double width, double height, TextBlock title,
		List<PlacedStage> stages, List<PlacedGroup> groups, List<PlacedTouchpoint> touchpoints, Rect chart,
		List<PlacedLevel> levels, List<TextBlock> rowTitles, List<Point> curve) {

	/** A stage's column from its header to the bottom of the map, with its decision factors, one block each. */
	public record PlacedStage(Stage stage, Rect column, Rect header, TextBlock heading, TextBlock label, List<TextBlock> factors,
			TextBlock empty) {
	}

	/** A group of touchpoints: a bracket over their cards with the group's label. */
	public record PlacedGroup(String label, Rect bracket, TextBlock text) {
	}

	/**
	 * A touchpoint's card and its place on the curve: point is null when unrated (then notRated says
	 * so in the chart), emotion is null when none is given.
	 */
	public record PlacedTouchpoint(Touchpoint touchpoint, Rect card, TextBlock label, TextBlock details, Point point,
			TextBlock emotion, TextBlock notRated) {
	}

	/** A level of the scale: its grid line's y and its name on the axis. */
	public record PlacedLevel(int level, double y, TextBlock label) {
	}
}
