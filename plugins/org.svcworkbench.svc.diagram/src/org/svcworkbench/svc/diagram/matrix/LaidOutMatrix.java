package org.svcworkbench.svc.diagram.matrix;

import java.util.List;

import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Cell;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Header;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.LegendItem;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Relation;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.TextBlock;

/** A service matrix with every position decided: the grid, the legend and the numbered relations. */
public record LaidOutMatrix(MatrixDescription description, double width, double height, TextBlock title, Rect corner,
		TextBlock cornerText, List<PlacedHeader> stages, List<PlacedHeader> providers, List<PlacedCell> cells,
		List<PlacedLegendItem> legend, TextBlock relationsTitle, List<PlacedRelation> relations) {

	public record PlacedHeader(Header header, Rect bounds, TextBlock text) {
	}

	/** A cell: its text at the top, its relation marks along the bottom right. */
	public record PlacedCell(Cell cell, Rect bounds, TextBlock text, List<PlacedMark> marks) {
	}

	/** A relation's number in a circle. */
	public record PlacedMark(int number, Point center, double radius) {
	}

	public record PlacedLegendItem(LegendItem item, Rect swatch, TextBlock text) {
	}

	public record PlacedRelation(Relation relation, PlacedMark mark, TextBlock text) {
	}
}
