package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.journey.JourneyDescriber;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney.PlacedTouchpoint;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedCell;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.CellKind;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.tests.DiagramModels.ExampleService;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMatrix;

/** Geometry and content of journey maps and service matrices: every example in both languages, and hard cases. */
class JourneyAndMatrixLayoutTest {

	private static final DiagramFont FONT = DiagramFont.installed();

	static Stream<ExampleService> examples() {
		List<ExampleService> all = DiagramModels.exampleServices();
		assertTrue(all.stream().filter(e -> JourneyDescriber.hasJourney(e.service())).count() >= 3,
				"at least three example services have a journey: " + all);
		assertTrue(all.stream().filter(e -> !matrices(e.service()).isEmpty()).count() >= 3,
				"at least three example services have a matrix: " + all);
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleJourneyAndMatrixKeepsTheRules(ExampleService example) {
		for (DiagramLanguage language : DiagramLanguage.values()) {
			ServiceDiagrams diagrams = new ServiceDiagrams(FONT, language);
			if (JourneyDescriber.hasJourney(example.service())) {
				LaidOutJourney journey = diagrams.layOutJourney(example.service());
				assertEquals(List.of(), new JourneyGeometry(journey, FONT).all(), example + " journey in " + language);
			}
			for (ServiceMatrix matrix : matrices(example.service())) {
				LaidOutMatrix laidOut = diagrams.layOut(example.service(), matrix);
				assertEquals(List.of(), new MatrixGeometry(laidOut, FONT).all(), example + " matrix in " + language);
			}
		}
	}

	@Test
	void theCafeJourneyShowsItsCurveAndTheScale() {
		Service cafe = example("cafe/Cafe");
		LaidOutJourney journey = new ServiceDiagrams(FONT, DiagramLanguage.EN).layOutJourney(cafe);
		assertEquals(List.of("Before purchase", "During purchase", "After purchase"),
				journey.stages().stream().map(s -> String.join(" ", s.heading().lines())).toList());
		assertEquals(List.of("very dissatisfied", "dissatisfied", "somewhat dissatisfied", "neutral", "fairly satisfied", "satisfied",
				"very satisfied"), journey.levels().stream().map(l -> String.join(" ", l.label().lines())).toList());
		// fairly satisfied (5), satisfied (6), neutral (4), very satisfied (7): the curve dips at the app pick-up.
		PlacedTouchpoint post = touchpoint(journey, "post"), order = touchpoint(journey, "order"),
				pickUp = touchpoint(journey, "pickUp"), stamp = touchpoint(journey, "stamp");
		assertTrue(order.point().y() < post.point().y() && pickUp.point().y() > post.point().y()
				&& stamp.point().y() < order.point().y());
		assertEquals(List.of("anxious"), pickUp.emotion().lines());
		assertTrue(String.join(" ", order.details().lines()).contains("Channel: Counter"));
		assertTrue(String.join(" ", order.details().lines()).contains("Owner: Barista"));
		assertEquals(4, journey.curve().size());
		assertEquals(2, journey.stages().get(0).factors().size(), "the decision factors of the first stage");
	}

	@Test
	void unratedTouchpointsGroupsAndLongLabels() {
		String longLabel = "A very long touchpoint label that must wrap over several lines inside its card without overflowing it";
		Service service = DiagramModels.parse("""
				channel web "Web" role clerk "Clerk"
				service S {
				  journey {
				    stage before "看到 See" {
				      group "线上 Online" { touchpoint a "%s" { channel web owner clerk rating 2 emotion frustrated } touchpoint b "B" { score 95 } }
				      touchpoint c "未评分 Unrated" { channel web }
				    }
				    stage during
				    stage after "Afterwards" { touchpoint d "D" { rating very-dissatisfied emotion angry } }
				  }
				}
				""".formatted(longLabel));
		LaidOutJourney journey = new ServiceDiagrams(FONT, DiagramLanguage.ZH).layOutJourney(service);
		assertEquals(List.of(), new JourneyGeometry(journey, FONT).all());
		assertTrue(touchpoint(journey, "a").label().lines().size() >= 3, "the long label wraps");
		assertEquals(7, touchpoint(journey, "b").touchpoint().level(), "a score of 95 is level 7");
		PlacedTouchpoint unrated = touchpoint(journey, "c");
		assertNull(unrated.point());
		assertEquals(List.of("未评分"), unrated.notRated().lines());
		assertEquals(List.of("无接触点"), journey.stages().get(1).empty().lines(), "an empty stage says so");
		assertEquals(1, journey.groups().size());
		var group = journey.groups().get(0).bracket();
		assertTrue(group.x() <= touchpoint(journey, "a").card().x() && group.right() >= touchpoint(journey, "b").card().right()
				&& group.right() < unrated.card().x(), "the group's bracket spans its two touchpoints only");
		assertEquals(3, journey.curve().size(), "the curve skips the unrated touchpoint");
	}

	@Test
	void theHotelMatrixColoursCellsByTheirRelations() {
		Service stay = example("hotel/Stay");
		ServiceMatrix matrix = matrices(stay).get(0);
		LaidOutMatrix laidOut = new ServiceDiagrams(FONT, DiagramLanguage.EN).layOut(stay, matrix);
		assertEquals(4, laidOut.stages().size());
		assertEquals(6, laidOut.providers().size());
		assertEquals(CellKind.MIXED, cell(laidOut, "book", "website").cell().kind(), "reinforces one cell, conflicts with another");
		assertEquals(CellKind.CONFLICTS, cell(laidOut, "book", "ota").cell().kind());
		assertEquals(CellKind.REINFORCES, cell(laidOut, "stay", "kiosk").cell().kind());
		assertEquals(CellKind.PLAIN, cell(laidOut, "plan", "website").cell().kind());
		assertEquals(CellKind.EMPTY, cell(laidOut, "plan", "frontDesk").cell().kind());
		assertEquals(3, laidOut.relations().size());
		assertEquals(List.of(1, 2), cell(laidOut, "book", "website").cell().marks());
		assertTrue(cell(laidOut, "book", "website").marks().get(0).center().x() < cell(laidOut, "book", "website").marks().get(1)
				.center().x(), "marks read in ascending order");
		assertTrue(String.join(" ", laidOut.relations().get(1).text().lines()).contains("conflicts with"));
		assertEquals(CellKind.values().length, laidOut.legend().size(), "every colour in use is in the legend");
	}

	@Test
	void manyRelationsAndLongTextsStillFit() {
		StringBuilder text = new StringBuilder("channel p1 channel p2 channel p3 service S { matrix m {\n stages a, b, c\n providers p1, p2, p3\n");
		text.append(" cell a at p1 \"").append("很长的单元格内容，需要在单元格内换行显示。".repeat(4)).append("\"");
		for (String other : List.of("b at p1", "c at p1", "a at p2", "b at p2", "c at p2", "a at p3", "b at p3", "c at p3")) {
			text.append(" reinforces ").append(other);
		}
		text.append('\n');
		for (String other : List.of("b at p1", "c at p1", "a at p2", "b at p2", "c at p2", "a at p3", "b at p3", "c at p3")) {
			text.append(" cell ").append(other).append(" \"x\" conflicts a at p1\n");
		}
		text.append("} }\n");
		Service service = DiagramModels.parse(text.toString());
		LaidOutMatrix laidOut = new ServiceDiagrams(FONT, DiagramLanguage.ZH).layOut(service, matrices(service).get(0));
		assertEquals(List.of(), new MatrixGeometry(laidOut, FONT).all());
		assertEquals(16, cell(laidOut, "a", "p1").marks().size());
		assertEquals(CellKind.MIXED, cell(laidOut, "a", "p1").cell().kind());
	}

	private static PlacedCell cell(LaidOutMatrix matrix, String stage, String provider) {
		return matrix.cells().stream().filter(c -> c.cell().id().equals("cell-" + stage + "-" + provider)).findFirst().orElseThrow();
	}

	private static PlacedTouchpoint touchpoint(LaidOutJourney journey, String name) {
		return journey.touchpoints().stream().filter(t -> t.touchpoint().id().equals("touchpoint-" + name)).findFirst().orElseThrow();
	}

	private static Service example(String name) {
		return DiagramModels.exampleServices().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().service();
	}

	static List<ServiceMatrix> matrices(Service service) {
		return service.getMembers().stream().filter(ServiceMatrix.class::isInstance).map(ServiceMatrix.class::cast).toList();
	}
}
