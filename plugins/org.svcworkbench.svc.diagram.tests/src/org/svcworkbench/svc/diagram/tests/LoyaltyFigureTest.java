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
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/** D11's loyalty indicators side by side: one row per indicator, the whole service and each segment in its column. */
class LoyaltyFigureTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private static final String MODEL = """
			segment corporate "企业客户 Corporate accounts"
			service Stay "Lakeside stay" {
				loyalty {
					indicator repeat-purchase 34%
					indicator selection-time 15 minutes
					indicator price-sensitivity medium
					indicator price-sensitivity low for corporate
					indicator competitor-attitude "Compare with the airport hotel on price only, then book the lake view"
				}
			}
			""";

	@ParameterizedTest
	@EnumSource(DiagramLanguage.class)
	void eachValueStandsInItsIndicatorsRowAndItsSegmentsColumn(DiagramLanguage language) {
		List<Drawn> drawn = new ServiceDiagrams(FONT, language).draw(DiagramModels.parse(MODEL), List.of(Kind.LOYALTY));
		assertEquals(1, drawn.size());
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (Shape shape : drawn.get(0).scene().shapes()) {
			if (shape instanceof Shape.Group row) {
				List<Rect> cells = new ArrayList<>();
				List<String> texts = new ArrayList<>();
				for (Shape part : row.children()) {
					if (part instanceof Shape.Box box) {
						cells.add(box.bounds());
						texts.add("");
					}
				}
				for (Shape part : row.children()) {
					if (part instanceof Shape.Text text) {
						int column = 0;
						while (column + 1 < cells.size() && text.x() >= cells.get(column + 1).x()) {
							column++;
						}
						Rect cell = cells.get(column);
						assertTrue(text.x() + FONT.width(text.text(), text.size(), text.bold()) <= cell.right() && text.y() <= cell.bottom(),
								"'" + text.text() + "' inside its cell");
						texts.set(column, (texts.get(column) + " " + text.text()).strip());
					}
				}
				rows.put(texts.get(0), texts);
			}
		}
		boolean english = language == DiagramLanguage.EN;
		List<String> head = rows.values().iterator().next();
		assertEquals(List.of(english ? "Whole service" : "整体", "企业客户 Corporate accounts"), head.subList(1, 3));
		assertEquals(List.of("34%", ""), rows.get(english ? "Repeat purchase rate" : "重复购买率").subList(1, 3));
		assertEquals(List.of(english ? "medium" : "中", english ? "low" : "低"), rows.get(english ? "Price sensitivity" : "价格敏感度").subList(1, 3));
		assertEquals(english ? "15 min" : "15 分钟", rows.get(english ? "Selection time" : "挑选时间").get(1));
		assertTrue(rows.get(english ? "Attitude to competitors" : "对竞争者的态度").get(1).startsWith("Compare with the airport hotel"),
				"a long note wraps inside its cell");
	}
}
