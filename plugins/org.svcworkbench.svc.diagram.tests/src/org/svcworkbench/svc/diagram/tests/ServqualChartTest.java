package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * The SERVQUAL chart (D12) places what the model says: each dimension's zone of tolerance spans
 * its adequate to its desired level, the perceived dot sits at its level and is coloured by where
 * it falls, both gaps are written, and every text lies inside the picture.
 */
class ServqualChartTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private static final String MODEL = """
			service Shop "小店 Corner shop" {
				quality {
					dimension reliability desired 6.5 adequate 5 perceived 5.8 "按约定时间交车"
					dimension tangibles desired 5.5 adequate 4 perceived 6
					dimension responsiveness desired 6 adequate 5 perceived 3.5
					dimension empathy desired 6 adequate 4
				}
			}
			""";

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void zonesDotsAndGapsStandWhereTheLevelsSay(DiagramLanguage language) {
		List<Drawn> drawn = new ServiceDiagrams(FONT, language).draw(DiagramModels.parse(MODEL), List.of(Kind.SERVQUAL));
		assertEquals(1, drawn.size());
		Scene scene = drawn.get(0).scene();
		assertEquals("servqual", scene.id());
		Map<String, Shape.Group> rows = new TreeMap<>();
		for (Shape shape : scene.shapes()) {
			if (shape instanceof Shape.Group group) {
				rows.put(group.id(), group);
			}
		}
		assertEquals(List.of("servqual-empathy", "servqual-reliability", "servqual-responsiveness", "servqual-tangibles"),
				List.copyOf(rows.keySet()), "one row per dimension written, none for assurance");

		// One scale unit, measured on the reliability row: its band runs from 5 to 6.5.
		Shape.Box reliability = band(rows.get("servqual-reliability"));
		double unit = reliability.bounds().width() / 1.5;
		double one = reliability.bounds().x() - 4 * unit;
		assertDot(rows.get("servqual-reliability"), one + 4.8 * unit, Style.POINT_NEUTRAL);
		assertDot(rows.get("servqual-tangibles"), one + 5 * unit, Style.POINT_HIGH);
		assertDot(rows.get("servqual-responsiveness"), one + 2.5 * unit, Style.POINT_LOW);
		assertEquals(one + 3 * unit, band(rows.get("servqual-tangibles")).bounds().x(), 0.01, "tangibles' zone starts at 4");
		assertEquals(unit, band(rows.get("servqual-responsiveness")).bounds().width(), 0.01, "responsiveness' zone is one unit wide");
		assertTrue(rows.get("servqual-empathy").children().stream().noneMatch(Shape.Circle.class::isInstance), "not measured: no dot");

		List<String> texts = new ArrayList<>();
		for (Shape shape : all(scene.shapes())) {
			if (shape instanceof Shape.Text text) {
				texts.add(text.text());
				double width = FONT.width(text.text(), text.size(), text.bold());
				double left = switch (text.anchor()) {
				case START -> text.x();
				case MIDDLE -> text.x() - width / 2;
				case END -> text.x() - width;
				};
				assertTrue(left >= 0 && left + width <= scene.width() + 0.5 && text.y() <= scene.height(),
						"'" + text.text() + "' lies inside the " + scene.width() + "×" + scene.height() + " picture");
			}
		}
		String gaps = language == DiagramLanguage.EN ? "P − A −1.5, P − D −2.5" : "感知−适当 −1.5，感知−理想 −2.5";
		assertTrue(texts.contains(gaps), "both gaps of responsiveness: " + texts);
		assertTrue(texts.contains(language == DiagramLanguage.EN ? "Reliability" : "可靠性"), texts.toString());
		assertTrue(rows.get("servqual-reliability").tooltip().contains("按约定时间交车"), "the dimension's note in its tooltip");
	}

	private static Shape.Box band(Shape.Group row) {
		return row.children().stream().filter(Shape.Box.class::isInstance).map(Shape.Box.class::cast)
				.filter(b -> b.style() == Style.ZONE).findFirst().orElseThrow();
	}

	private static void assertDot(Shape.Group row, double x, Style style) {
		Shape.Circle dot = row.children().stream().filter(Shape.Circle.class::isInstance).map(Shape.Circle.class::cast).findFirst().orElseThrow();
		assertEquals(x, dot.center().x(), 0.01, row.id() + " dot");
		assertEquals(style, dot.style(), row.id() + " colour");
	}

	private static List<Shape> all(List<Shape> shapes) {
		List<Shape> result = new ArrayList<>();
		for (Shape shape : shapes) {
			result.add(shape);
			if (shape instanceof Shape.Group group) {
				result.addAll(all(group.children()));
			}
		}
		return result;
	}
}
