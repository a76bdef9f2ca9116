package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextShapes;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/** The loyalty indicators as a grid: a row per indicator, a column per segment, values wrapped in their cells. */
public final class LoyaltyScene {

	static final double PAD = 16, TITLE_SIZE = 16, HEAD_SIZE = 12, TEXT_SIZE = 12, FIRST = 170, COLUMN = 170, INSET = 8;

	private final DiagramFont font;
	private final TextWrapper wrapper;
	private final TextShapes texts;

	public LoyaltyScene(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
		this.texts = new TextShapes(font);
	}

	public Scene draw(LoyaltyDescription loyalty) {
		List<Shape> shapes = new ArrayList<>();
		double width = 2 * PAD + FIRST + loyalty.columns().size() * COLUMN;
		TextBlock title = wrapper.block(loyalty.title(), width - 2 * PAD, TITLE_SIZE, true, PAD, PAD);
		texts.add(title, Style.DIAGRAM_TITLE, Anchor.START, shapes);
		double y = title.bounds().bottom() + 16;
		List<String> head = new ArrayList<>();
		head.add(loyalty.corner());
		head.addAll(loyalty.columns());
		y = row("head", head, y, true, shapes);
		for (int i = 0; i < loyalty.rows().size(); i++) {
			List<String> cells = new ArrayList<>();
			cells.add(loyalty.rows().get(i));
			cells.addAll(loyalty.values().get(i));
			y = row("indicator-" + i, cells, y, false, shapes);
		}
		return new Scene(loyalty.id(), loyalty.title(), Math.ceil(width), Math.ceil(y + PAD), shapes);
	}

	/** A row of cells from y; returns its bottom. The first cell and the head row are headings. */
	private double row(String id, List<String> cells, double y, boolean head, List<Shape> shapes) {
		List<TextBlock> blocks = new ArrayList<>();
		double x = PAD, height = font.lineHeight(TEXT_SIZE) + 2 * INSET;
		for (int i = 0; i < cells.size(); i++) {
			double cellWidth = i == 0 ? FIRST : COLUMN;
			boolean bold = head || i == 0;
			TextBlock block = wrapper.block(cells.get(i), cellWidth - 2 * INSET, bold ? HEAD_SIZE : TEXT_SIZE, bold, x + INSET, y + INSET);
			blocks.add(block);
			height = Math.max(height, block.bounds().height() + 2 * INSET);
			x += cellWidth;
		}
		List<Shape> parts = new ArrayList<>();
		x = PAD;
		for (int i = 0; i < cells.size(); i++) {
			double cellWidth = i == 0 ? FIRST : COLUMN;
			parts.add(new Shape.Box(new Rect(x, y, cellWidth, height), head || i == 0 ? Style.MATRIX_HEADER : Style.CELL_PLAIN, 0, null));
			texts.add(blocks.get(i), head || i == 0 ? Style.LANE_TITLE : Style.STEP_TEXT, Anchor.START, parts);
			x += cellWidth;
		}
		shapes.add(new Shape.Group(id, String.join(" · ", cells.stream().filter(c -> !c.isEmpty()).toList()), parts));
		return y + height;
	}
}
