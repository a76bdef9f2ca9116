package org.svcworkbench.svc.diagram.text;

import java.util.List;

import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;

/** A laid-out text block as one {@code Text} shape per line, baselines from the font's metrics. */
public final class TextShapes {

	private final DiagramFont font;

	public TextShapes(DiagramFont font) {
		this.font = font;
	}

	public void addAll(List<TextBlock> blocks, Style style, Anchor anchor, List<Shape> shapes) {
		blocks.forEach(block -> add(block, style, anchor, shapes));
	}

	/** Adds the lines of the block (nothing for null) to shapes, aligned in the block's bounds. */
	public void add(TextBlock block, Style style, Anchor anchor, List<Shape> shapes) {
		if (block == null) {
			return;
		}
		double lineHeight = font.lineHeight(block.size());
		double baseline = block.bounds().y() + font.ascent(block.size());
		double x = switch (anchor) {
		case START -> block.bounds().x();
		case MIDDLE -> block.bounds().centerX();
		case END -> block.bounds().right();
		};
		for (String line : block.lines()) {
			shapes.add(new Shape.Text(line, x, baseline, block.size(), block.bold(), anchor, style));
			baseline += lineHeight;
		}
	}
}
