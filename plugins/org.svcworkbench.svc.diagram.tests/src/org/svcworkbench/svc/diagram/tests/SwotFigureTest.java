package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.svcworkbench.svc.diagram.text.DiagramFont;

/**
 * The SWOT figure (D18) as a TOWS matrix: each factor in its list with its code and rating, each
 * strategy in the cell of its kind naming the factors it combines, every text inside its cell.
 */
class SwotFigureTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private static final String MODEL = """
			service Stay "湖畔酒店 Lakeside stay" {
				swot {
					strength lakeView "湖景 Lake views and a quiet site"
					strength bilingualStaff "双语员工 Bilingual front desk"
					weakness airportDistance "离机场 20 分钟 Twenty minutes from the airport"
					opportunity stopovers "转机旅客 Airline stopover contracts" attractiveness high success high
					opportunity weddings "婚宴 Lakeside weddings" attractiveness high success low
					threat newAirportHotel "新机场酒店 A new hotel at the airport" severity high probability high
					strategy stopoverDeal SO "Stopover packages with two airlines: lake view, late check-out" uses lakeView, stopovers
					strategy shuttle WT "Free airport shuttle every 30 minutes" uses airportDistance, newAirportHotel
				}
			}
			""";

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void factorsAndStrategiesStandInTheirCells(DiagramLanguage language) {
		List<Drawn> drawn = new ServiceDiagrams(FONT, language).draw(DiagramModels.parse(MODEL), List.of(Kind.SWOT));
		assertEquals(1, drawn.size());
		Scene scene = drawn.get(0).scene();
		Map<String, Shape.Group> groups = new LinkedHashMap<>();
		Map<String, String> cellOf = new LinkedHashMap<>();
		for (Shape shape : scene.shapes()) {
			if (shape instanceof Shape.Group cell) {
				groups.put(cell.id(), cell);
				for (Shape child : cell.children()) {
					if (child instanceof Shape.Group entry) {
						groups.put(entry.id(), entry);
						cellOf.put(entry.id(), cell.id());
					}
				}
			}
		}
		assertEquals(9, groups.keySet().stream().filter(id -> id.startsWith("swot-")).count(), "a 3 × 3 matrix");
		assertEquals("swot-0-1", cellOf.get("factor-lakeView"), "strengths across the top");
		assertEquals("swot-0-2", cellOf.get("factor-airportDistance"));
		assertEquals("swot-1-0", cellOf.get("factor-weddings"), "opportunities down the side");
		assertEquals("swot-2-0", cellOf.get("factor-newAirportHotel"));
		assertEquals("swot-1-1", cellOf.get("strategy-stopoverDeal"), "SO where strengths meet opportunities");
		assertEquals("swot-2-2", cellOf.get("strategy-shuttle"), "WT where weaknesses meet threats");

		List<String> stopover = texts(groups.get("strategy-stopoverDeal"));
		assertTrue(stopover.contains(language == DiagramLanguage.EN ? "uses S1 + O1" : "组合 S1 + O1"), stopover.toString());
		assertTrue(texts(groups.get("factor-lakeView")).get(0).startsWith("S1 湖景"), "factors carry their codes");
		assertTrue(bold(groups.get("factor-stopovers")), "a prime opportunity stands out");
		assertFalse(bold(groups.get("factor-weddings")), "an attractive but unlikely one does not");
		assertTrue(String.join(" ", texts(groups.get("factor-newAirportHotel"))).contains(language == DiagramLanguage.EN ? "severity high" : "严重性高"));

		for (Map.Entry<String, String> entry : cellOf.entrySet()) {
			Rect cell = ((Shape.Box) groups.get(entry.getValue()).children().get(0)).bounds();
			for (Shape shape : groups.get(entry.getKey()).children()) {
				Shape.Text text = (Shape.Text) shape;
				double right = text.x() + FONT.width(text.text(), text.size(), text.bold());
				assertTrue(text.x() >= cell.x() && right <= cell.right() && text.y() <= cell.bottom(),
						"'" + text.text() + "' inside its cell " + entry.getValue());
			}
		}
	}

	private static List<String> texts(Shape.Group group) {
		List<String> texts = new ArrayList<>();
		group.children().forEach(shape -> texts.add(((Shape.Text) shape).text()));
		return texts;
	}

	private static boolean bold(Shape.Group group) {
		return ((Shape.Text) group.children().get(0)).bold();
	}
}
