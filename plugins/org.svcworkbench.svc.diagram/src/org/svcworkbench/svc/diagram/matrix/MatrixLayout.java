package org.svcworkbench.svc.diagram.matrix;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedCell;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedHeader;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedLegendItem;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedMark;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedRelation;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Cell;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Header;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.LegendItem;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Relation;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/**
 * Lays out a service matrix as a grid: stage columns of one width, provider rows as tall as their
 * tallest wrapped cell, the legend and the list of relations under it. A grid has no graph to
 * order, so ELK has nothing to do here; rows and columns keep the order the model declares.
 */
public final class MatrixLayout {

	public static final double TITLE_SIZE = 18, HEADER_SIZE = 12, TEXT_SIZE = 11, MARK_SIZE = 10;
	static final double MARGIN = 24, CELL_WIDTH = 168, PROVIDER_MAX = 180, PROVIDER_MIN = 90, PAD = 8, ROW_GAP = 14,
			MARK_RADIUS = 8, MARK_GAP = 4, SWATCH = 14;

	private final DiagramFont font;
	private final TextWrapper wrapper;

	public MatrixLayout(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
	}

	public LaidOutMatrix layout(MatrixDescription matrix) {
		double providerWidth = PROVIDER_MIN;
		for (Header provider : matrix.providers()) {
			providerWidth = Math.max(providerWidth, font.width(provider.label(), HEADER_SIZE, true) + 2 * PAD);
		}
		providerWidth = Math.ceil(Math.min(providerWidth, PROVIDER_MAX));
		double gridLeft = MARGIN, columnsLeft = gridLeft + providerWidth;
		double gridRight = columnsLeft + matrix.stages().size() * CELL_WIDTH;
		double width = Math.max(gridRight + MARGIN, 480);
		TextBlock title = wrapper.block(matrix.title(), width - 2 * MARGIN, TITLE_SIZE, true, MARGIN, MARGIN);
		double gridTop = title.bounds().bottom() + ROW_GAP;

		// Header row: as tall as the tallest wrapped stage label or the corner text.
		double headerHeight = 0;
		List<TextBlock> stageTexts = new ArrayList<>();
		for (int s = 0; s < matrix.stages().size(); s++) {
			TextBlock text = wrapper.block(matrix.stages().get(s).label(), CELL_WIDTH - 2 * PAD, HEADER_SIZE, true,
					columnsLeft + s * CELL_WIDTH + PAD, gridTop + PAD);
			stageTexts.add(text);
			headerHeight = Math.max(headerHeight, text.bounds().height() + 2 * PAD);
		}
		TextBlock cornerText = wrapper.block(matrix.corner(), providerWidth - 2 * PAD, TEXT_SIZE, false, gridLeft + PAD, gridTop + PAD);
		headerHeight = Math.max(headerHeight, cornerText.bounds().height() + 2 * PAD);
		Rect corner = new Rect(gridLeft, gridTop, providerWidth, headerHeight);
		List<PlacedHeader> stages = new ArrayList<>();
		for (int s = 0; s < matrix.stages().size(); s++) {
			stages.add(new PlacedHeader(matrix.stages().get(s), new Rect(columnsLeft + s * CELL_WIDTH, gridTop, CELL_WIDTH, headerHeight),
					stageTexts.get(s)));
		}

		// Provider rows.
		List<PlacedHeader> providers = new ArrayList<>();
		List<PlacedCell> cells = new ArrayList<>();
		double rowTop = gridTop + headerHeight;
		for (int p = 0; p < matrix.providers().size(); p++) {
			Header provider = matrix.providers().get(p);
			TextBlock providerText = wrapper.block(provider.label(), providerWidth - 2 * PAD, HEADER_SIZE, true, gridLeft + PAD,
					rowTop + PAD);
			double rowHeight = providerText.bounds().height() + 2 * PAD;
			List<TextBlock> texts = new ArrayList<>();
			for (int s = 0; s < matrix.stages().size(); s++) {
				Cell cell = matrix.cell(s, p);
				TextBlock text = cell.text().isEmpty() ? null
						: wrapper.block(cell.text(), CELL_WIDTH - 2 * PAD, TEXT_SIZE, false, columnsLeft + s * CELL_WIDTH + PAD,
								rowTop + PAD);
				texts.add(text);
				double textHeight = text == null ? 0 : text.bounds().height();
				double marksHeight = cell.marks().isEmpty() ? 0 : marksRows(cell.marks().size()) * (2 * MARK_RADIUS + MARK_GAP) + MARK_GAP;
				rowHeight = Math.max(rowHeight, textHeight + marksHeight + 2 * PAD);
			}
			rowHeight = Math.ceil(rowHeight);
			providers.add(new PlacedHeader(provider, new Rect(gridLeft, rowTop, providerWidth, rowHeight), providerText));
			for (int s = 0; s < matrix.stages().size(); s++) {
				Cell cell = matrix.cell(s, p);
				Rect bounds = new Rect(columnsLeft + s * CELL_WIDTH, rowTop, CELL_WIDTH, rowHeight);
				cells.add(new PlacedCell(cell, bounds, texts.get(s), marks(cell.marks(), bounds)));
			}
			rowTop += rowHeight;
		}

		// Legend: a swatch per cell colour in use, in one wrapping line of items.
		double y = rowTop + ROW_GAP;
		double x = MARGIN;
		double lineHeight = Math.max(font.lineHeight(TEXT_SIZE), SWATCH);
		List<PlacedLegendItem> legend = new ArrayList<>();
		for (LegendItem item : matrix.legend()) {
			double textWidth = font.width(item.text(), TEXT_SIZE, false);
			double itemWidth = SWATCH + 6 + textWidth;
			if (x > MARGIN && x + itemWidth > width - MARGIN) {
				x = MARGIN;
				y += lineHeight + 6;
			}
			Rect swatch = new Rect(x, y + (lineHeight - SWATCH) / 2, SWATCH, SWATCH);
			TextBlock text = new TextBlock(List.of(item.text()),
					new Rect(x + SWATCH + 6, y + (lineHeight - font.lineHeight(TEXT_SIZE)) / 2, textWidth, font.lineHeight(TEXT_SIZE)),
					TEXT_SIZE, false);
			legend.add(new PlacedLegendItem(item, swatch, text));
			x += itemWidth + 18;
		}
		y += legend.isEmpty() ? 0 : lineHeight + ROW_GAP;

		// Relations, numbered as in the cells' marks.
		TextBlock relationsTitle = null;
		List<PlacedRelation> relations = new ArrayList<>();
		if (!matrix.relations().isEmpty()) {
			relationsTitle = wrapper.block(matrix.relationsTitle(), width - 2 * MARGIN, HEADER_SIZE, true, MARGIN, y);
			y = relationsTitle.bounds().bottom() + 4;
			for (Relation relation : matrix.relations()) {
				double textX = MARGIN + 2 * MARK_RADIUS + 8;
				TextBlock text = wrapper.block(relation.text(), width - MARGIN - textX, TEXT_SIZE, false, textX,
						y + Math.max(0, MARK_RADIUS - font.lineHeight(TEXT_SIZE) / 2));
				PlacedMark mark = new PlacedMark(relation.number(), new Point(MARGIN + MARK_RADIUS, y + MARK_RADIUS), MARK_RADIUS);
				relations.add(new PlacedRelation(relation, mark, text));
				y = Math.max(text.bounds().bottom(), y + 2 * MARK_RADIUS) + 4;
			}
		}
		return new LaidOutMatrix(matrix, Math.ceil(width), Math.ceil(y + MARGIN), title, corner, cornerText, stages, providers, cells,
				legend, relationsTitle, relations);
	}

	private static int perRow() {
		return (int) ((CELL_WIDTH - 2 * PAD + MARK_GAP) / (2 * MARK_RADIUS + MARK_GAP));
	}

	private static int marksRows(int marks) {
		return (marks + perRow() - 1) / perRow();
	}

	/** Marks right-aligned along the cell's bottom, ascending left to right, wrapping onto more rows when there are many. */
	private static List<PlacedMark> marks(List<Integer> numbers, Rect cell) {
		List<PlacedMark> marks = new ArrayList<>();
		int rows = marksRows(numbers.size());
		for (int i = 0; i < numbers.size(); i++) {
			int row = i / perRow(), column = i % perRow();
			int inRow = Math.min(perRow(), numbers.size() - row * perRow());
			double cx = cell.right() - PAD - MARK_RADIUS - (inRow - 1 - column) * (2 * MARK_RADIUS + MARK_GAP);
			double cy = cell.bottom() - PAD - MARK_RADIUS - (rows - 1 - row) * (2 * MARK_RADIUS + MARK_GAP);
			marks.add(new PlacedMark(numbers.get(i), new Point(cx, cy), MARK_RADIUS));
		}
		return marks;
	}
}
