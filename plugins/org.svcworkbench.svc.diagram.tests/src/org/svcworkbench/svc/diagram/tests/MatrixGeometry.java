package org.svcworkbench.svc.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedCell;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedHeader;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix.PlacedMark;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;

/** The rules a laid-out service matrix must keep; each returns what breaks them, in words. */
final class MatrixGeometry {

	private final LaidOutMatrix matrix;
	private final TextFits fits;

	MatrixGeometry(LaidOutMatrix matrix, DiagramFont font) {
		this.matrix = matrix;
		this.fits = new TextFits(font);
	}

	/** One cell per stage and provider, aligned under its stage and beside its provider, none overlapping. */
	List<String> grid() {
		List<String> problems = new ArrayList<>();
		int expected = matrix.stages().size() * matrix.providers().size();
		if (matrix.cells().size() != expected) {
			problems.add(matrix.cells().size() + " cells for " + expected + " stage-provider pairs");
		}
		for (PlacedCell cell : matrix.cells()) {
			Rect stage = matrix.stages().get(cell.cell().stage()).bounds();
			Rect provider = matrix.providers().get(cell.cell().provider()).bounds();
			Rect bounds = cell.bounds();
			if (Math.abs(bounds.x() - stage.x()) > 0.01 || Math.abs(bounds.width() - stage.width()) > 0.01 || bounds.y() < stage.bottom() - 0.01) {
				problems.add(cell.cell().id() + " is not under its stage");
			}
			if (Math.abs(bounds.y() - provider.y()) > 0.01 || Math.abs(bounds.height() - provider.height()) > 0.01) {
				problems.add(cell.cell().id() + " is not beside its provider");
			}
		}
		for (int i = 0; i < matrix.cells().size(); i++) {
			for (int j = i + 1; j < matrix.cells().size(); j++) {
				if (matrix.cells().get(i).bounds().overlaps(matrix.cells().get(j).bounds())) {
					problems.add(matrix.cells().get(i).cell().id() + " overlaps " + matrix.cells().get(j).cell().id());
				}
			}
		}
		return problems;
	}

	/** Texts fit their cells and headers; relation marks lie in their cell and clear of its text. */
	List<String> texts() {
		List<String> problems = new ArrayList<>();
		fits.check("title", matrix.title(), new Rect(0, 0, matrix.width(), matrix.height()), problems);
		fits.check("corner", matrix.cornerText(), matrix.corner(), problems);
		for (PlacedHeader header : matrix.stages()) {
			fits.check(header.header().id(), header.text(), header.bounds(), problems);
		}
		for (PlacedHeader header : matrix.providers()) {
			fits.check(header.header().id(), header.text(), header.bounds(), problems);
		}
		for (PlacedCell cell : matrix.cells()) {
			fits.check(cell.cell().id(), cell.text(), cell.bounds(), problems);
			for (PlacedMark mark : cell.marks()) {
				Rect circle = new Rect(mark.center().x() - mark.radius(), mark.center().y() - mark.radius(), 2 * mark.radius(),
						2 * mark.radius());
				if (!cell.bounds().contains(circle)) {
					problems.add(cell.cell().id() + ": mark " + mark.number() + " is outside the cell");
				}
				if (cell.text() != null && cell.text().bounds().overlaps(circle)) {
					problems.add(cell.cell().id() + ": mark " + mark.number() + " covers the cell's text");
				}
			}
			if (cell.marks().size() != cell.cell().marks().size()) {
				problems.add(cell.cell().id() + ": not every relation is marked");
			}
		}
		Rect whole = new Rect(0, 0, matrix.width(), matrix.height());
		matrix.legend().forEach(item -> fits.check("legend", item.text(), whole, problems));
		matrix.relations().forEach(relation -> fits.check("relation " + relation.relation().number(), relation.text(), whole, problems));
		return problems;
	}

	List<String> all() {
		List<String> problems = new ArrayList<>(grid());
		problems.addAll(texts());
		return problems;
	}
}
