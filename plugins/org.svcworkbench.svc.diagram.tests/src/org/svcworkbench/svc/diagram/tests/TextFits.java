package org.svcworkbench.svc.diagram.tests;

import java.util.List;

import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;

/** Whether a block of text fits where it is drawn, measured with the diagram's font (not by its own claims). */
final class TextFits {

	private final DiagramFont font;

	TextFits(DiagramFont font) {
		this.font = font;
	}

	/** Adds to problems, in words, every way the block does not fit inside the container (a null block fits). */
	void check(String owner, TextBlock block, Rect container, List<String> problems) {
		if (block == null || block.lines().isEmpty()) {
			return;
		}
		double lineHeight = font.lineHeight(block.size());
		if (!container.contains(block.bounds())) {
			problems.add(owner + ": text block " + block.bounds() + " is outside " + container);
		}
		if (block.lines().size() * lineHeight > block.bounds().height() + 0.01) {
			problems.add(owner + ": " + block.lines().size() + " lines do not fit the height of their block");
		}
		for (String line : block.lines()) {
			double width = font.width(line, block.size(), block.bold());
			if (width > block.bounds().width() + 0.01) {
				problems.add(owner + ": '" + line + "' is " + width + " wide, its block " + block.bounds().width());
			}
		}
	}
}
