package org.svcworkbench.svc.diagram.analysis;

import java.util.List;

/**
 * What the relationship-level grid shows (D10, Kotler), before layout: number of customers down,
 * margin across, each cell with the level the grid recommends, and the segments placed in their
 * cell with the level they declare. Plain data, no EMF.
 */
public record RelationshipGridDescription(String id, String title, String customersAxis, String marginAxis, List<String> rows,
		List<String> columns, List<List<String>> recommended, List<Chip> chips, List<Chip> unplaced, Words words) {

	/** How a segment's declared level stands against the grid; UNDECLARED when there is nothing to compare. */
	public enum Fit {
		RECOMMENDED, REASONED, DEVIATES, UNDECLARED
	}

	/** A segment: row and column of its cell (-1 when it is not classified), its words and its fit. */
	public record Chip(String id, int row, int column, String label, String declared, Fit fit, String tooltip) {
	}

	public record Words(String recommended, String reasoned, String deviates, String unplaced) {
	}
}
