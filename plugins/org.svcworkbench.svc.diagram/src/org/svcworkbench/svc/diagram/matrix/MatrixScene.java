package org.svcworkbench.svc.diagram.matrix;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedCell;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedHeader;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedLegendItem;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedMark;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedRelation;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.CellKind;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Shape.Anchor;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextShapes;

/** A laid-out service matrix as shapes: headers, coloured cells with their marks, legend, relations. */
public final class MatrixScene {

	private final DiagramFont font;
	private final TextShapes texts;

	public MatrixScene(DiagramFont font) {
		this.font = font;
		this.texts = new TextShapes(font);
	}

	public Scene draw(LaidOutMatrix matrix) {
		List<Shape> shapes = new ArrayList<>();
		texts.add(matrix.title(), Style.DIAGRAM_TITLE, Anchor.START, shapes);
		shapes.add(new Shape.Box(matrix.corner(), Style.MATRIX_HEADER, 0, null));
		texts.add(matrix.cornerText(), Style.DETAIL_TEXT, Anchor.START, shapes);
		for (PlacedHeader header : matrix.stages()) {
			header(header, shapes);
		}
		for (PlacedHeader header : matrix.providers()) {
			header(header, shapes);
		}
		for (PlacedCell cell : matrix.cells()) {
			List<Shape> parts = new ArrayList<>();
			parts.add(new Shape.Box(cell.bounds(), style(cell.cell().kind()), 0, null));
			texts.add(cell.text(), Style.STEP_TEXT, Anchor.START, parts);
			cell.marks().forEach(mark -> mark(mark, parts));
			shapes.add(new Shape.Group(cell.cell().id(), cell.cell().tooltip(), parts));
		}
		for (PlacedLegendItem item : matrix.legend()) {
			shapes.add(new Shape.Box(item.swatch(), style(item.item().kind()), 2, null));
			texts.add(item.text(), Style.LEGEND_TEXT, Anchor.START, shapes);
		}
		texts.add(matrix.relationsTitle(), Style.LANE_TITLE, Anchor.START, shapes);
		for (PlacedRelation relation : matrix.relations()) {
			List<Shape> parts = new ArrayList<>();
			mark(relation.mark(), parts);
			texts.add(relation.text(), Style.LEGEND_TEXT, Anchor.START, parts);
			shapes.add(new Shape.Group("relation-" + relation.relation().number(), relation.relation().text(), parts));
		}
		return new Scene(matrix.description().id(), matrix.description().title(), matrix.width(), matrix.height(), shapes);
	}

	private void header(PlacedHeader header, List<Shape> shapes) {
		List<Shape> parts = new ArrayList<>();
		parts.add(new Shape.Box(header.bounds(), Style.MATRIX_HEADER, 0, null));
		texts.add(header.text(), Style.LANE_TITLE, Anchor.START, parts);
		shapes.add(new Shape.Group(header.header().id(), header.header().tooltip(), parts));
	}

	private void mark(PlacedMark mark, List<Shape> shapes) {
		shapes.add(new Shape.Circle(mark.center(), mark.radius(), Style.RELATION_MARK));
		double baseline = mark.center().y() - font.lineHeight(MatrixLayout.MARK_SIZE) / 2 + font.ascent(MatrixLayout.MARK_SIZE);
		shapes.add(new Shape.Text(Integer.toString(mark.number()), mark.center().x(), baseline, MatrixLayout.MARK_SIZE, true,
				Anchor.MIDDLE, Style.RELATION_MARK_TEXT));
	}

	static Style style(CellKind kind) {
		return switch (kind) {
		case PLAIN -> Style.CELL_PLAIN;
		case REINFORCES -> Style.CELL_REINFORCES;
		case CONFLICTS -> Style.CELL_CONFLICTS;
		case MIXED -> Style.CELL_MIXED;
		case EMPTY -> Style.CELL_EMPTY;
		};
	}
}
