package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.analysis.SwotDescription.Cell;
import org.svcworkbench.svc.diagram.analysis.SwotDescription.Entry;
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
 * The SWOT figure as a TOWS matrix: three columns and three rows of cells, each with its heading
 * and its entries wrapped to the cell; a row is as tall as its fullest cell. Factors carry their
 * codes and ratings, prime opportunities and critical threats are set in bold, strategies say the
 * codes of the factors they combine.
 */
public final class SwotScene {

	static final double PAD = 16, TITLE_SIZE = 16, HEAD_SIZE = 13, TEXT_SIZE = 12, SMALL_SIZE = 11;
	static final double FIRST_COLUMN = 230, COLUMN = 270, INSET = 10, ENTRY_GAP = 6, MIN_ROW = 56;

	private final DiagramFont font;
	private final TextWrapper wrapper;
	private final TextShapes texts;

	public SwotScene(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
		this.texts = new TextShapes(font);
	}

	public Scene draw(SwotDescription swot) {
		List<Shape> shapes = new ArrayList<>();
		double width = PAD * 2 + FIRST_COLUMN + 2 * COLUMN;
		TextBlock title = wrapper.block(swot.title(), width - 2 * PAD, TITLE_SIZE, true, PAD, PAD);
		texts.add(title, Style.DIAGRAM_TITLE, Anchor.START, shapes);
		double y = title.bounds().bottom() + 16;
		for (int row = 0; row < swot.cells().size(); row++) {
			List<List<Shape>> drawn = new ArrayList<>();
			double height = MIN_ROW;
			double x = PAD;
			for (int column = 0; column < swot.cells().get(row).size(); column++) {
				double cellWidth = column == 0 ? FIRST_COLUMN : COLUMN;
				List<Shape> parts = new ArrayList<>();
				double bottom = content(swot.cells().get(row).get(column), x, y, cellWidth, parts);
				drawn.add(parts);
				height = Math.max(height, bottom - y + INSET);
				x += cellWidth;
			}
			x = PAD;
			for (int column = 0; column < drawn.size(); column++) {
				double cellWidth = column == 0 ? FIRST_COLUMN : COLUMN;
				Cell cell = swot.cells().get(row).get(column);
				List<Shape> group = new ArrayList<>();
				group.add(new Shape.Box(new Rect(x, y, cellWidth, height), style(cell, row, column), 0, null));
				group.addAll(drawn.get(column));
				shapes.add(new Shape.Group("swot-" + row + "-" + column, cell.heading(), group));
				x += cellWidth;
			}
			y += height;
		}
		if (!swot.markedNote().isEmpty()) {
			TextBlock note = wrapper.block(swot.markedNote(), width - 2 * PAD, SMALL_SIZE, false, PAD, y + 10);
			texts.add(note, Style.NOTE_TEXT, Anchor.START, shapes);
			y = note.bounds().bottom();
		}
		return new Scene(swot.id(), swot.title(), Math.ceil(width), Math.ceil(y + PAD), shapes);
	}

	/** Draws the heading and entries of a cell into parts; returns the bottom of its text. */
	private double content(Cell cell, double x, double y, double width, List<Shape> parts) {
		double textWidth = width - 2 * INSET;
		TextBlock heading = wrapper.block(cell.heading(), textWidth, HEAD_SIZE, true, x + INSET, y + INSET);
		texts.add(heading, Style.LANE_TITLE, Anchor.START, parts);
		double bottom = heading.bounds().bottom() + ENTRY_GAP;
		if (cell.entries().isEmpty() && !cell.empty().isEmpty()) {
			TextBlock none = wrapper.block(cell.empty(), textWidth, SMALL_SIZE, false, x + INSET, bottom);
			texts.add(none, Style.NOTE_TEXT, Anchor.START, parts);
			return none.bounds().bottom();
		}
		for (Entry entry : cell.entries()) {
			List<Shape> entryParts = new ArrayList<>();
			String text = entry.code().isEmpty() ? entry.text() : entry.code() + " " + entry.text();
			TextBlock block = wrapper.block(text, textWidth, TEXT_SIZE, entry.marked(), x + INSET, bottom);
			texts.add(block, Style.STEP_TEXT, Anchor.START, entryParts);
			bottom = block.bounds().bottom();
			if (!entry.detail().isEmpty()) {
				TextBlock detail = wrapper.block(entry.detail(), textWidth, SMALL_SIZE, false, x + INSET, bottom + 1);
				texts.add(detail, Style.DETAIL_TEXT, Anchor.START, entryParts);
				bottom = detail.bounds().bottom();
			}
			parts.add(new Shape.Group(entry.id(), entry.tooltip(), entryParts));
			bottom += ENTRY_GAP;
		}
		return bottom;
	}

	private static Style style(Cell cell, int row, int column) {
		if (cell.kind().equals("corner")) {
			return Style.MATRIX_HEADER;
		}
		if (cell.kind().equals("factor")) {
			return row == 0 || column == 0 ? Style.MATRIX_HEADER : Style.CELL_PLAIN;
		}
		return Style.CELL_PLAIN;
	}
}
