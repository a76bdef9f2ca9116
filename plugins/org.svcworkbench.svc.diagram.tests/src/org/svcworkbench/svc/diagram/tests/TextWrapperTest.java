package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/** Labels broken into lines as a reader expects: within the width, and no CJK character alone on the last line. */
class TextWrapperTest {

	private static final DiagramFont FONT = DiagramFont.installed();
	private final TextWrapper wrapper = new TextWrapper(FONT);

	@Test
	void aChineseLabelDoesNotLeaveOneCharacterAloneOnItsLastLine() {
		String label = "报价并决定进厂/预约/报价";
		// the width at which the greedy break leaves "价" alone: everything but the last character fits
		double width = FONT.width(label.substring(0, label.length() - 1), 12, false) + 0.5;
		List<String> lines = wrapper.wrap(label, width, 12, false);
		assertEquals(List.of("报价并决定进厂/预约/", "报价"), lines);
		assertEquals(label, String.join("", lines), "no character lost or added");
		assertTrue(lines.stream().allMatch(l -> FONT.width(l, 12, false) <= width));
	}

	@Test
	void latinAndKoreanWordsKeepTheirSpacesAndTheirBreaks() {
		String latin = "Greet and take order a";
		double width = FONT.width("Greet and take order", 12, false) + 0.5;
		assertEquals(List.of("Greet and take order", "a"), wrapper.wrap(latin, width, 12, false), "a short word may end a Latin label");
		String korean = "주문 받기 및 인사 차";
		double koreanWidth = FONT.width("주문 받기 및 인사", 12, false) + 0.5;
		assertEquals(List.of("주문 받기 및 인사", "차"), wrapper.wrap(korean, koreanWidth, 12, false), "Korean words keep the space between them");
	}
}
