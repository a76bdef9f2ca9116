package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.analysis.OpportunityThreatDescription.Item;
import org.svcworkbench.svc.diagram.analysis.OpportunityThreatDescription.Matrix;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextShapes;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/**
 * The opportunity and the threat matrix side by side, each 2×2 with high before low on both axes,
 * each cell captioned with what its place means and holding its factors by code and label; the top
 * corner is tinted (green for opportunities to pursue, red for threats to meet now).
 */
public final class OpportunityThreatScene {

	static final double PAD = 16, TITLE_SIZE = 16, HEAD_SIZE = 13, TEXT_SIZE = 12, SMALL_SIZE = 11;
	static final double MIN_rowHead = 96, MAX_rowHead = 180, CELL = 200, INSET = 8, GAP = 28, MIN_CELL_HEIGHT = 72;

	private final DiagramFont font;
	private final TextWrapper wrapper;
	private final TextShapes texts;

	public OpportunityThreatScene(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
		this.texts = new TextShapes(font);
	}

	public Scene draw(OpportunityThreatDescription description) {
		List<Shape> shapes = new ArrayList<>();
		// Wide enough for the longest row heading ("attractiveness high"), in both matrices alike.
		double rowHead = MIN_rowHead;
		for (Matrix matrix : description.matrices()) {
			for (String level : matrix.levels()) {
				rowHead = Math.max(rowHead, font.width(matrix.rowAxis() + " " + level, SMALL_SIZE, true) + 2 * INSET);
			}
		}
		rowHead = Math.min(MAX_rowHead, rowHead);
		double matrixWidth = rowHead + 2 * CELL;
		double width = 2 * PAD + 2 * matrixWidth + GAP;
		TextBlock title = wrapper.block(description.title(), width - 2 * PAD, TITLE_SIZE, true, PAD, PAD);
		texts.add(title, Style.DIAGRAM_TITLE, Anchor.START, shapes);
		double top = title.bounds().bottom() + 16, bottom = top;
		double left = PAD;
		for (Matrix matrix : description.matrices()) {
			bottom = Math.max(bottom, matrix(matrix, left, top, rowHead, shapes));
			left += matrixWidth + GAP;
		}
		double y = bottom + 14;
		if (!description.unplaced().isEmpty()) {
			shapes.add(new Shape.Text(description.unplacedHeading(), PAD, y + font.ascent(SMALL_SIZE), SMALL_SIZE, false, Anchor.START,
					Style.NOTE_TEXT));
			y += font.lineHeight(SMALL_SIZE) + 4;
			for (Item item : description.unplaced()) {
				TextBlock block = wrapper.block(item.text(), width - 2 * PAD, TEXT_SIZE, false, PAD, y);
				List<Shape> parts = new ArrayList<>();
				texts.add(block, Style.STEP_TEXT, Anchor.START, parts);
				shapes.add(new Shape.Group(item.id(), item.tooltip(), parts));
				y = block.bounds().bottom() + 4;
			}
		}
		return new Scene(description.id(), description.title(), Math.ceil(width), Math.ceil(y + PAD), shapes);
	}

	/** Draws one matrix with its top-left corner at (left, top); returns its bottom. */
	private double matrix(Matrix matrix, double left, double top, double rowHead, List<Shape> shapes) {
		TextBlock heading = wrapper.block(matrix.title(), rowHead + 2 * CELL, HEAD_SIZE, true, left, top);
		texts.add(heading, Style.LANE_TITLE, Anchor.START, shapes);
		double y = heading.bounds().bottom() + 8;
		TextBlock corner = wrapper.block(matrix.rowAxis() + " \\ " + matrix.columnAxis(), rowHead - 2 * INSET, SMALL_SIZE, false, left + INSET,
				y + 6);
		double headHeight = Math.max(font.lineHeight(SMALL_SIZE), corner.bounds().height()) + 12;
		shapes.add(new Shape.Box(new Rect(left, y, rowHead, headHeight), Style.MATRIX_HEADER, 0, null));
		texts.add(corner, Style.DETAIL_TEXT, Anchor.START, shapes);
		for (int column = 0; column < 2; column++) {
			Rect head = new Rect(left + rowHead + column * CELL, y, CELL, headHeight);
			shapes.add(new Shape.Box(head, Style.MATRIX_HEADER, 0, null));
			shapes.add(new Shape.Text(matrix.columnAxis() + " " + matrix.levels().get(column), head.centerX(), y + 6 + font.ascent(SMALL_SIZE),
					SMALL_SIZE, true, Anchor.MIDDLE, Style.LANE_TITLE));
		}
		y += headHeight;
		for (int row = 0; row < 2; row++) {
			List<List<Shape>> cells = new ArrayList<>();
			double height = MIN_CELL_HEIGHT;
			for (int column = 0; column < 2; column++) {
				double x = left + rowHead + column * CELL;
				List<Shape> parts = new ArrayList<>();
				TextBlock caption = wrapper.block(matrix.captions().get(row).get(column), CELL - 2 * INSET, SMALL_SIZE, false, x + INSET, y + 6);
				texts.add(caption, Style.NOTE_TEXT, Anchor.START, parts);
				double bottom = caption.bounds().bottom() + 6;
				for (Item item : matrix.items()) {
					if (item.row() == row && item.column() == column) {
						TextBlock block = wrapper.block(item.text(), CELL - 2 * INSET, TEXT_SIZE, false, x + INSET, bottom);
						List<Shape> itemParts = new ArrayList<>();
						texts.add(block, Style.STEP_TEXT, Anchor.START, itemParts);
						parts.add(new Shape.Group(item.id(), item.tooltip(), itemParts));
						bottom = block.bounds().bottom() + 4;
					}
				}
				cells.add(parts);
				height = Math.max(height, bottom - y + 4);
			}
			shapes.add(new Shape.Box(new Rect(left, y, rowHead, height), Style.MATRIX_HEADER, 0, null));
			texts.add(wrapper.block(matrix.rowAxis() + " " + matrix.levels().get(row), rowHead - 2 * INSET, SMALL_SIZE, true, left + INSET, y + 6),
					Style.LANE_TITLE, Anchor.START, shapes);
			for (int column = 0; column < 2; column++) {
				List<Shape> group = new ArrayList<>();
				group.add(new Shape.Box(new Rect(left + rowHead + column * CELL, y, CELL, height), style(matrix, row, column), 0, null));
				group.addAll(cells.get(column));
				shapes.add(new Shape.Group(matrix.kind() + "-" + row + "-" + column, matrix.captions().get(row).get(column), group));
			}
			y += height;
		}
		return y;
	}

	private static Style style(Matrix matrix, int row, int column) {
		if (row == 0 && column == 0) {
			return matrix.kind().equals("opportunity") ? Style.CELL_REINFORCES : Style.CELL_CONFLICTS;
		}
		return Style.CELL_PLAIN;
	}
}
