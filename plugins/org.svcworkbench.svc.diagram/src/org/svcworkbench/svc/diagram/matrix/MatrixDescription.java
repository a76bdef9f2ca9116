package org.svcworkbench.svc.diagram.matrix;

import java.util.List;

/**
 * What a service matrix (D7) shows: lifecycle stages as columns, providers as rows, what each
 * provider offers at each stage, and which cells reinforce or conflict with which. Every
 * (stage, provider) pair has a cell, EMPTY where nothing is provided.
 */
public record MatrixDescription(String id, String title, String corner, List<Header> stages, List<Header> providers,
		List<Cell> cells, List<Relation> relations, List<LegendItem> legend, String relationsTitle) {

	public enum CellKind {
		PLAIN, REINFORCES, CONFLICTS, MIXED, EMPTY
	}

	public record Header(String id, String label, String tooltip) {
	}

	/** A cell at stage and provider indexes; marks are the numbers of the relations it takes part in. */
	public record Cell(String id, int stage, int provider, String text, CellKind kind, List<Integer> marks, String tooltip) {
	}

	/** A numbered relation, in words: "Book · Website reinforces Stay · Kiosk". */
	public record Relation(int number, String text) {
	}

	public record LegendItem(CellKind kind, String text) {
	}

	public Cell cell(int stage, int provider) {
		return cells.stream().filter(c -> c.stage() == stage && c.provider() == provider).findFirst().orElseThrow();
	}
}
