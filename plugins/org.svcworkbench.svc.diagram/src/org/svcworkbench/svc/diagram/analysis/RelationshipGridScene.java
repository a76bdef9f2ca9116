package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.analysis.RelationshipGridDescription.Chip;
import org.svcworkbench.svc.diagram.analysis.RelationshipGridDescription.Fit;
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
 * Kotler's relationship-level grid: customers down, margin across, the recommended level written
 * in each cell, each segment a chip in its cell saying the level it declares, coloured by whether
 * that is the recommended one, a reasoned exception or a deviation; segments without customers and
 * margin are listed under the grid. Laid out by arithmetic, like a table.
 */
public final class RelationshipGridScene {

	static final double PAD = 16, TITLE_SIZE = 16, HEAD_SIZE = 13, TEXT_SIZE = 12, SMALL_SIZE = 11;
	static final double CHIP_WIDTH = 170, CHIP_GAP = 6, CHIP_INSET = 10, CELL_MIN_WIDTH = 190, CELL_MIN_HEIGHT = 64;

	private final DiagramFont font;
	private final TextWrapper wrapper;
	private final TextShapes texts;

	public RelationshipGridScene(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
		this.texts = new TextShapes(font);
	}

	public Scene draw(RelationshipGridDescription grid) {
		List<Shape> shapes = new ArrayList<>();
		String corner = grid.customersAxis() + " \\ " + grid.marginAxis();
		double rowHeadWidth = Math.max(font.width(corner, SMALL_SIZE, false) + 16,
				grid.rows().stream().mapToDouble(r -> font.width(r, HEAD_SIZE, true)).max().orElse(40) + 20);
		double headHeight = font.lineHeight(HEAD_SIZE) + 14;

		// Chips per cell, wrapped to the chip width; a column of the grid holds as many columns of chips as its fullest cell needs.
		List<List<List<TextBlock[]>>> cellChips = new ArrayList<>();
		for (int row = 0; row < grid.rows().size(); row++) {
			List<List<TextBlock[]>> cells = new ArrayList<>();
			for (int column = 0; column < grid.columns().size(); column++) {
				List<TextBlock[]> chips = new ArrayList<>();
				for (Chip chip : grid.chips()) {
					if (chip.row() == row && chip.column() == column) {
						chips.add(chipText(chip, 0, 0));
					}
				}
				cells.add(chips);
			}
			cellChips.add(cells);
		}
		int[] chipColumns = new int[grid.columns().size()];
		double[] cellWidths = new double[grid.columns().size()], cellLefts = new double[grid.columns().size()];
		double gridLeft = PAD + rowHeadWidth, x0 = gridLeft;
		for (int column = 0; column < chipColumns.length; column++) {
			int most = 1;
			for (List<List<TextBlock[]>> cells : cellChips) {
				most = Math.max(most, chipColumns(cells.get(column)));
			}
			chipColumns[column] = most;
			cellWidths[column] = Math.max(CELL_MIN_WIDTH, 2 * CHIP_INSET + most * CHIP_WIDTH + (most - 1) * CHIP_GAP);
			cellLefts[column] = x0;
			x0 += cellWidths[column];
		}
		List<Double> rowHeights = new ArrayList<>();
		for (List<List<TextBlock[]>> cells : cellChips) {
			double rowHeight = CELL_MIN_HEIGHT;
			for (int column = 0; column < cells.size(); column++) {
				double height = font.lineHeight(SMALL_SIZE) + 14;
				for (double chipRow : chipRowHeights(cells.get(column), chipColumns[column])) {
					height += chipRow + CHIP_GAP;
				}
				rowHeight = Math.max(rowHeight, height + 4);
			}
			rowHeights.add(rowHeight);
		}
		double width = x0 + PAD;
		TextBlock title = wrapper.block(grid.title(), width - 2 * PAD, TITLE_SIZE, true, PAD, PAD);
		texts.add(title, Style.DIAGRAM_TITLE, Anchor.START, shapes);
		double top = title.bounds().bottom() + 16;

		// Corner with both axes, then the margin headings across.
		shapes.add(new Shape.Box(new Rect(PAD, top, rowHeadWidth, headHeight), Style.MATRIX_HEADER, 0, null));
		shapes.add(new Shape.Text(corner, PAD + 8, top + 7 + font.ascent(SMALL_SIZE), SMALL_SIZE,
				false, Anchor.START, Style.DETAIL_TEXT));
		for (int column = 0; column < grid.columns().size(); column++) {
			Rect head = new Rect(cellLefts[column], top, cellWidths[column], headHeight);
			shapes.add(new Shape.Box(head, Style.MATRIX_HEADER, 0, null));
			shapes.add(new Shape.Text(grid.columns().get(column), head.centerX(), top + 7 + font.ascent(HEAD_SIZE), HEAD_SIZE, true,
					Anchor.MIDDLE, Style.LANE_TITLE));
		}
		double y = top + headHeight;
		for (int row = 0; row < grid.rows().size(); row++) {
			double height = rowHeights.get(row);
			shapes.add(new Shape.Box(new Rect(PAD, y, rowHeadWidth, height), Style.MATRIX_HEADER, 0, null));
			shapes.add(new Shape.Text(grid.rows().get(row), PAD + 8, y + 8 + font.ascent(HEAD_SIZE), HEAD_SIZE, true, Anchor.START,
					Style.LANE_TITLE));
			for (int column = 0; column < grid.columns().size(); column++) {
				double x = cellLefts[column];
				List<Shape> cell = new ArrayList<>();
				cell.add(new Shape.Box(new Rect(x, y, cellWidths[column], height), Style.CELL_PLAIN, 0, null));
				cell.add(new Shape.Text(grid.recommended().get(row).get(column), x + 8, y + 6 + font.ascent(SMALL_SIZE), SMALL_SIZE, false,
						Anchor.START, Style.NOTE_TEXT));
				List<TextBlock[]> measured = cellChips.get(row).get(column);
				List<Double> chipRows = chipRowHeights(measured, chipColumns[column]);
				double chipTop = y + font.lineHeight(SMALL_SIZE) + 12;
				int index = 0;
				for (Chip chip : grid.chips()) {
					if (chip.row() == row && chip.column() == column) {
						int across = index % chipColumns[column];
						cell.add(chip(chip, measured.get(index), x + CHIP_INSET + across * (CHIP_WIDTH + CHIP_GAP), chipTop));
						if (across == chipColumns[column] - 1 || index == measured.size() - 1) {
							chipTop += chipRows.get(index / chipColumns[column]) + CHIP_GAP;
						}
						index++;
					}
				}
				shapes.add(new Shape.Group("cell-" + row + "-" + column, grid.rows().get(row) + " × " + grid.columns().get(column) + ": "
						+ grid.recommended().get(row).get(column), cell));
			}
			y += height;
		}

		y += 14;
		if (!grid.unplaced().isEmpty()) {
			shapes.add(new Shape.Text(grid.words().unplaced(), PAD, y + font.ascent(SMALL_SIZE), SMALL_SIZE, false, Anchor.START, Style.NOTE_TEXT));
			y += font.lineHeight(SMALL_SIZE) + 6;
			double x = PAD;
			double rowBottom = y;
			for (Chip chip : grid.unplaced()) {
				TextBlock[] blocks = chipText(chip, 0, 0);
				if (x + CHIP_WIDTH > width - PAD && x > PAD) {
					x = PAD;
					y = rowBottom + CHIP_GAP;
				}
				shapes.add(chip(chip, blocks, x, y));
				rowBottom = Math.max(rowBottom, y + chipHeight(blocks));
				x += CHIP_WIDTH + CHIP_GAP;
			}
			y = rowBottom + 14;
		}
		y = legend(grid.words(), PAD, y, width - PAD, shapes);
		return new Scene(grid.id(), grid.title(), Math.ceil(width), Math.ceil(y + PAD), shapes);
	}

	/**
	 * Columns of chips for a cell: one for a few, and for more as many as keep the stack about as tall
	 * as it is wide, so that a cell full of segments widens the picture instead of making it a
	 * strip a reader scrolls down (a folder's twenty segments in one cell were 2,500 pixels tall).
	 */
	private static int chipColumns(List<TextBlock[]> chips) {
		if (chips.isEmpty()) {
			return 1;
		}
		double pitch = chips.stream().mapToDouble(RelationshipGridScene::chipHeight).average().orElseThrow() + CHIP_GAP;
		int columns = (int) Math.ceil(Math.sqrt(chips.size() * pitch / (CHIP_WIDTH + CHIP_GAP)));
		return Math.max(1, Math.min(columns, chips.size()));
	}

	/** The height of each row of chips laid out left to right in so many columns: that of its tallest chip. */
	private static List<Double> chipRowHeights(List<TextBlock[]> chips, int columns) {
		List<Double> rows = new ArrayList<>();
		for (int i = 0; i < chips.size(); i++) {
			if (i % columns == 0) {
				rows.add(0.0);
			}
			rows.set(rows.size() - 1, Math.max(rows.get(rows.size() - 1), chipHeight(chips.get(i))));
		}
		return rows;
	}

	private TextBlock[] chipText(Chip chip, double x, double y) {
		TextBlock label = wrapper.block(chip.label(), CHIP_WIDTH - 16, TEXT_SIZE, true, x + 8, y + 6);
		TextBlock level = wrapper.block(chip.declared(), CHIP_WIDTH - 16, SMALL_SIZE, false, x + 8, label.bounds().bottom() + 2);
		return new TextBlock[] { label, level };
	}

	private static double chipHeight(TextBlock[] blocks) {
		return blocks[1].bounds().bottom() - blocks[0].bounds().y() + 12;
	}

	private Shape chip(Chip chip, TextBlock[] measured, double x, double y) {
		TextBlock[] blocks = chipText(chip, x, y);
		List<Shape> parts = new ArrayList<>();
		parts.add(new Shape.Box(new Rect(x, y, CHIP_WIDTH, chipHeight(measured)), style(chip.fit()), 4, null));
		texts.add(blocks[0], Style.STEP_TEXT, Anchor.START, parts);
		texts.add(blocks[1], Style.DETAIL_TEXT, Anchor.START, parts);
		return new Shape.Group(chip.id(), chip.tooltip(), parts);
	}

	private double legend(RelationshipGridDescription.Words words, double left, double top, double right, List<Shape> shapes) {
		double x = left, y = top;
		record Item(Fit fit, String text) {
		}
		for (Item item : List.of(new Item(Fit.RECOMMENDED, words.recommended()), new Item(Fit.REASONED, words.reasoned()),
				new Item(Fit.DEVIATES, words.deviates()))) {
			double itemWidth = 24 + font.width(item.text(), SMALL_SIZE, false);
			if (x > left && x + itemWidth > right) {
				x = left;
				y += font.lineHeight(SMALL_SIZE) + 6;
			}
			shapes.add(new Shape.Box(new Rect(x, y + 1, 18, font.lineHeight(SMALL_SIZE) - 2), style(item.fit()), 3, null));
			shapes.add(new Shape.Text(item.text(), x + 24, y + font.ascent(SMALL_SIZE), SMALL_SIZE, false, Anchor.START, Style.LEGEND_TEXT));
			x += itemWidth + 18;
		}
		return y + font.lineHeight(SMALL_SIZE);
	}

	static Style style(Fit fit) {
		return switch (fit) {
		case RECOMMENDED -> Style.CELL_REINFORCES;
		case REASONED -> Style.CELL_MIXED;
		case DEVIATES -> Style.CELL_CONFLICTS;
		case UNDECLARED -> Style.CELL_EMPTY;
		};
	}
}
