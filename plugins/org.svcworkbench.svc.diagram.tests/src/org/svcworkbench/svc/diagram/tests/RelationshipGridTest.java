package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * Kotler's grid (D10) places each segment in the cell of its customers and margin, says the level
 * the cell recommends, and colours the segment by how its declared level stands: recommended, a
 * reasoned exception, or a deviation without a reason; an unclassified segment stands below.
 */
class RelationshipGridTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private static final String MODEL = """
			segment walkIns "Walk-ins" { customers many margin high relationship accountable }
			segment fleets "企业车队 Fleets" { customers few margin high relationship basic because "Tendered yearly; the contract sets the service" }
			segment students "Students" { customers medium margin low relationship partnership }
			segment unknown "Not yet sized" { relationship reactive }
			service Shop "Corner shop" { }
			""";

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void segmentsStandInTheirCellColouredByHowTheirLevelFits(DiagramLanguage language) {
		List<Drawn> drawn = new ServiceDiagrams(FONT, language).draw(DiagramModels.parse(MODEL), List.of(Kind.RELATIONSHIPS));
		assertEquals(1, drawn.size());
		Scene scene = drawn.get(0).scene();
		Map<String, Shape.Group> groups = new LinkedHashMap<>();
		collect(scene.shapes(), groups);

		assertInside(groups.get("segment-walkIns"), groups.get("cell-0-0"), Style.CELL_REINFORCES);
		assertInside(groups.get("segment-fleets"), groups.get("cell-2-0"), Style.CELL_MIXED);
		assertInside(groups.get("segment-students"), groups.get("cell-1-2"), Style.CELL_CONFLICTS);
		double gridBottom = groups.entrySet().stream().filter(e -> e.getKey().startsWith("cell-")).mapToDouble(e -> box(e.getValue()).bottom())
				.max().orElseThrow();
		assertTrue(box(groups.get("segment-unknown")).y() > gridBottom, "an unclassified segment stands below the grid");
		assertTrue(groups.get("segment-fleets").tooltip().contains("Tendered yearly"), "the reason in the tooltip");

		List<String> texts = new ArrayList<>();
		for (Shape.Text text : texts(scene.shapes())) {
			texts.add(text.text());
			double width = FONT.width(text.text(), text.size(), text.bold());
			double left = text.anchor() == Shape.Anchor.MIDDLE ? text.x() - width / 2 : text.x();
			assertTrue(left >= 0 && left + width <= scene.width() + 0.5 && text.y() <= scene.height(), "'" + text.text() + "' inside the picture");
		}
		Shape.Text corner = texts(scene.shapes()).stream().filter(t -> t.text().contains(" \\ ")).findFirst().orElseThrow();
		assertTrue(corner.x() + FONT.width(corner.text(), corner.size(), corner.bold()) <= box(groups.get("cell-0-0")).x(),
				"the corner's axis names stay in the corner");
		boolean english = language == DiagramLanguage.EN;
		assertTrue(texts.contains(english ? "recommended: basic or reactive" : "建议：基本或被动式"), "many customers, low margin: " + texts);
		assertTrue(texts.contains(english ? "declared: partnership" : "声明：伙伴式"), texts.toString());
	}

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void aCellFullOfSegmentsSpreadsAcrossInsteadOfDown(DiagramLanguage language) {
		StringBuilder model = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			model.append("segment s").append(i).append(" \"Local regulars ").append(i).append("\" { customers many margin low relationship basic }\n");
		}
		model.append("segment few \"Tenders\" { customers few margin low relationship reactive }\nservice Shop \"Corner shop\" { }\n");
		Scene scene = new ServiceDiagrams(FONT, language).draw(DiagramModels.parse(model.toString()), List.of(Kind.RELATIONSHIPS)).get(0).scene();
		Map<String, Shape.Group> groups = new LinkedHashMap<>();
		collect(scene.shapes(), groups);

		assertTrue(scene.height() < 1.2 * scene.width(), "twenty segments of one cell read on one screen: " + scene.width() + " x " + scene.height());
		List<Rect> chips = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			assertInside(groups.get("segment-s" + i), groups.get("cell-0-2"), Style.CELL_REINFORCES);
			chips.add(box(groups.get("segment-s" + i)));
		}
		for (int i = 0; i < chips.size(); i++) {
			for (int j = i + 1; j < chips.size(); j++) {
				Rect a = chips.get(i), b = chips.get(j);
				assertTrue(a.right() <= b.x() || b.right() <= a.x() || a.bottom() <= b.y() || b.bottom() <= a.y(), "s" + i + " and s" + j + " apart");
			}
		}
		assertTrue(chips.get(0).y() == chips.get(1).y() && chips.get(0).x() < chips.get(1).x(), "read left to right, then down");
		Rect lowColumn = box(groups.get("cell-0-2")), fewRow = box(groups.get("cell-2-2"));
		assertEquals(lowColumn.width(), fewRow.width(), "a column of the grid is as wide in every row");
		assertInside(groups.get("segment-few"), groups.get("cell-2-2"), Style.CELL_CONFLICTS);
		assertTrue(box(groups.get("cell-0-0")).width() < lowColumn.width() / 2, "the other columns keep their width");
	}

	private static void assertInside(Shape.Group chip, Shape.Group cell, Style style) {
		Rect inner = box(chip), outer = box(cell);
		assertTrue(inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y() && inner.bottom() <= outer.bottom(),
				chip.id() + " " + inner + " inside " + cell.id() + " " + outer);
		assertEquals(style, ((Shape.Box) chip.children().get(0)).style(), chip.id());
	}

	private static Rect box(Shape.Group group) {
		return ((Shape.Box) group.children().get(0)).bounds();
	}

	private static void collect(List<Shape> shapes, Map<String, Shape.Group> groups) {
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Group group) {
				groups.put(group.id(), group);
				collect(group.children(), groups);
			}
		}
	}

	private static List<Shape.Text> texts(List<Shape> shapes) {
		List<Shape.Text> result = new ArrayList<>();
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Text text) {
				result.add(text);
			} else if (shape instanceof Shape.Group group) {
				result.addAll(texts(group.children()));
			}
		}
		return result;
	}
}
