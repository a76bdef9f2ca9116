package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * D18's opportunity matrix (attractiveness × probability of success) and threat matrix (severity ×
 * probability): each rated factor stands in the cell of its two ratings, an unrated one below.
 */
class OpportunityThreatMatrixTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private static final String MODEL = """
			service Stay "Lakeside stay" {
				swot {
					strength lakeView "Lake views"
					opportunity stopovers "Airline stopover contracts" attractiveness high success high
					opportunity weddings "Lakeside weddings" attractiveness high success low
					opportunity tours "Coach tours" attractiveness low success high
					threat newAirportHotel "A new hotel at the airport" severity high probability high
					threat otaCommission "Rising OTA commissions" severity low probability high
					threat storm "Storm season"
				}
			}
			""";

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void eachFactorStandsInTheCellOfItsRatings(DiagramLanguage language) {
		List<Drawn> drawn = new ServiceDiagrams(FONT, language).draw(DiagramModels.parse(MODEL), List.of(Kind.OPPORTUNITY_THREAT));
		assertEquals(1, drawn.size());
		Scene scene = drawn.get(0).scene();
		Map<String, String> cellOf = new LinkedHashMap<>();
		Map<String, Rect> boxes = new LinkedHashMap<>();
		Map<String, Shape.Group> items = new LinkedHashMap<>();
		for (Shape shape : scene.shapes()) {
			if (shape instanceof Shape.Group group && group.children().get(0) instanceof Shape.Box box) {
				boxes.put(group.id(), box.bounds());
				group.children().stream().filter(Shape.Group.class::isInstance).map(Shape.Group.class::cast).forEach(item -> {
					cellOf.put(item.id(), group.id());
					items.put(item.id(), item);
				});
			} else if (shape instanceof Shape.Group group) {
				items.put(group.id(), group);
			}
		}
		assertEquals("opportunity-0-0", cellOf.get("factor-stopovers"), "attractive and likely: the top corner");
		assertEquals("opportunity-0-1", cellOf.get("factor-weddings"));
		assertEquals("opportunity-1-0", cellOf.get("factor-tours"));
		assertEquals("threat-0-0", cellOf.get("factor-newAirportHotel"));
		assertEquals("threat-1-0", cellOf.get("factor-otaCommission"));
		assertTrue(items.containsKey("factor-storm") && !cellOf.containsKey("factor-storm"), "an unrated threat stands below the matrices");
		assertTrue(!items.containsKey("factor-lakeView"), "strengths are not in these matrices");
		Rect threats = boxes.get("threat-0-0"), opportunities = boxes.get("opportunity-1-1");
		assertTrue(threats.x() > opportunities.right(), "the threat matrix stands right of the opportunity matrix");

		for (Map.Entry<String, String> entry : cellOf.entrySet()) {
			Rect cell = boxes.get(entry.getValue());
			for (Shape shape : items.get(entry.getKey()).children()) {
				Shape.Text text = (Shape.Text) shape;
				assertTrue(text.x() >= cell.x() && text.x() + FONT.width(text.text(), text.size(), text.bold()) <= cell.right(),
						"'" + text.text() + "' inside " + entry.getValue());
			}
		}
		double firstCell = boxes.get("opportunity-0-0").x();
		for (Shape shape : scene.shapes()) {
			if (shape instanceof Shape.Text text && text.x() < firstCell && text.y() > boxes.get("opportunity-0-0").y()
					&& text.y() < boxes.get("opportunity-1-1").bottom()) {
				assertTrue(text.x() + FONT.width(text.text(), text.size(), text.bold()) <= firstCell,
						"row heading '" + text.text() + "' stays in its column");
			}
		}
		String first = ((Shape.Text) items.get("factor-stopovers").children().get(0)).text();
		assertTrue(first.startsWith("O1 "), "the SWOT figure's codes: " + first);
	}
}
