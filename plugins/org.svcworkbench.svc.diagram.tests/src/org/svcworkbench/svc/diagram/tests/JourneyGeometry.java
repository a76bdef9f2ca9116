package org.svcworkbench.svc.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.journey.LaidOutJourney;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedLevel;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedStage;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedTouchpoint;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;

/** The rules a laid-out journey map must keep; each returns what breaks them, in words. */
final class JourneyGeometry {

	private final LaidOutJourney journey;
	private final TextFits fits;

	JourneyGeometry(LaidOutJourney journey, DiagramFont font) {
		this.journey = journey;
		this.fits = new TextFits(font);
	}

	/** Stages side by side in the order written; each touchpoint's card inside its stage, cards apart. */
	List<String> columns() {
		List<String> problems = new ArrayList<>();
		for (int i = 1; i < journey.stages().size(); i++) {
			Rect before = journey.stages().get(i - 1).column(), after = journey.stages().get(i).column();
			if (before.right() > after.x() + 0.01) {
				problems.add(journey.stages().get(i).stage().id() + " does not stand right of the stage before it");
			}
		}
		List<PlacedTouchpoint> touchpoints = journey.touchpoints();
		for (int i = 0; i < touchpoints.size(); i++) {
			for (int j = i + 1; j < touchpoints.size(); j++) {
				if (touchpoints.get(i).card().overlaps(touchpoints.get(j).card())) {
					problems.add(touchpoints.get(i).touchpoint().id() + " overlaps " + touchpoints.get(j).touchpoint().id());
				}
			}
			if (i > 0 && touchpoints.get(i - 1).card().right() >= touchpoints.get(i).card().x()) {
				problems.add(touchpoints.get(i).touchpoint().id() + " is not right of the touchpoint written before it");
			}
		}
		for (PlacedStage stage : journey.stages()) {
			for (var touchpoint : stage.stage().touchpoints()) {
				PlacedTouchpoint placed = placed(touchpoint.id());
				if (!stage.column().contains(placed.card())) {
					problems.add(touchpoint.id() + " is outside its stage " + stage.stage().id());
				}
			}
		}
		return problems;
	}

	/** Each rated touchpoint sits on its level's line, in the chart, below its card; the curve runs left to right. */
	List<String> curve() {
		List<String> problems = new ArrayList<>();
		Rect chart = journey.chart();
		for (PlacedTouchpoint placed : journey.touchpoints()) {
			Integer level = placed.touchpoint().level();
			if ((level == null) != (placed.point() == null)) {
				problems.add(placed.touchpoint().id() + ": a point without a rating or a rating without a point");
				continue;
			}
			if (level == null) {
				if (placed.notRated() == null || !chart.contains(placed.notRated().bounds())) {
					problems.add(placed.touchpoint().id() + ": unrated, but the chart does not say so");
				}
				continue;
			}
			PlacedLevel line = journey.levels().get(level - 1);
			if (Math.abs(line.y() - placed.point().y()) > 0.01 || !chart.contains(new Rect(placed.point().x(), placed.point().y(), 0, 0))) {
				problems.add(placed.touchpoint().id() + ": its point is not on the line of level " + level);
			}
			if (Math.abs(placed.point().x() - placed.card().centerX()) > 0.01) {
				problems.add(placed.touchpoint().id() + ": its point is not under its card");
			}
		}
		List<Point> curve = journey.curve();
		for (int i = 1; i < curve.size(); i++) {
			if (curve.get(i - 1).x() >= curve.get(i).x()) {
				problems.add("the curve goes back at " + curve.get(i));
			}
		}
		for (int level = 2; level <= 7; level++) {
			if (journey.levels().get(level - 1).y() >= journey.levels().get(level - 2).y()) {
				problems.add("level " + level + " is not above level " + (level - 1));
			}
		}
		return problems;
	}

	/** Every text fits where it is drawn; emotion labels stay in the chart, apart and off the curve; axis names apart. */
	List<String> texts() {
		List<String> problems = new ArrayList<>();
		Rect whole = new Rect(0, 0, journey.width(), journey.height());
		fits.check("title", journey.title(), whole, problems);
		for (PlacedStage stage : journey.stages()) {
			fits.check(stage.stage().id() + " heading", stage.heading(), stage.header(), problems);
			fits.check(stage.stage().id() + " label", stage.label(), stage.header(), problems);
			for (TextBlock factor : stage.factors()) {
				fits.check(stage.stage().id() + " factor", factor, stage.column(), problems);
			}
			fits.check(stage.stage().id() + " empty", stage.empty(), stage.column(), problems);
		}
		List<Rect> emotions = new ArrayList<>();
		for (PlacedTouchpoint placed : journey.touchpoints()) {
			fits.check(placed.touchpoint().id() + " label", placed.label(), placed.card(), problems);
			fits.check(placed.touchpoint().id() + " details", placed.details(), placed.card(), problems);
			fits.check(placed.touchpoint().id() + " emotion", placed.emotion(), journey.chart(), problems);
			fits.check(placed.touchpoint().id() + " not rated", placed.notRated(), journey.chart(), problems);
			if (placed.emotion() != null) {
				emotions.add(placed.emotion().bounds());
			}
		}
		for (int i = 0; i < emotions.size(); i++) {
			for (int j = i + 1; j < emotions.size(); j++) {
				if (emotions.get(i).overlaps(emotions.get(j))) {
					problems.add("two emotion labels overlap: " + emotions.get(i) + " / " + emotions.get(j));
				}
			}
		}
		List<Point> curve = journey.curve();
		for (PlacedTouchpoint placed : journey.touchpoints()) {
			for (int i = 1; placed.emotion() != null && i < curve.size(); i++) {
				if (placed.emotion().bounds().cutBy(curve.get(i - 1), curve.get(i))) {
					problems.add("the curve runs through " + placed.touchpoint().id() + "'s emotion " + placed.emotion().lines());
				}
			}
		}
		for (PlacedLevel level : journey.levels()) {
			fits.check("level " + level.level(), level.label(), new Rect(0, 0, journey.chart().x(), journey.height()), problems);
		}
		for (int i = 1; i < journey.levels().size(); i++) {
			if (journey.levels().get(i).label().bounds().overlaps(journey.levels().get(i - 1).label().bounds())) {
				problems.add("the names of levels " + i + " and " + (i + 1) + " overlap");
			}
		}
		for (TextBlock title : journey.rowTitles()) {
			fits.check("row title", title, new Rect(0, 0, journey.chart().x(), journey.height()), problems);
			for (PlacedLevel level : journey.levels()) {
				if (title.bounds().overlaps(level.label().bounds())) {
					problems.add("row title " + title.lines() + " overlaps the name of level " + level.level());
				}
			}
		}
		return problems;
	}

	private PlacedTouchpoint placed(String id) {
		return journey.touchpoints().stream().filter(t -> t.touchpoint().id().equals(id)).findFirst().orElseThrow();
	}

	List<String> all() {
		List<String> problems = new ArrayList<>();
		problems.addAll(columns());
		problems.addAll(curve());
		problems.addAll(texts());
		return problems;
	}
}
