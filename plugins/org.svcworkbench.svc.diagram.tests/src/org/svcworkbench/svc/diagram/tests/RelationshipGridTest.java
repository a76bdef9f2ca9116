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
