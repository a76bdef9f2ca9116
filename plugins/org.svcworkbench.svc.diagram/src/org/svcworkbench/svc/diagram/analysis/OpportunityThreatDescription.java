package org.svcworkbench.svc.diagram.analysis;

import java.util.List;

/**
 * D18's two matrices, before layout: opportunities by attractiveness (rows, high first) and
 * probability of success (columns, high first), threats by severity and probability of occurring.
 * Items without both ratings are listed as not placed. Plain data, no EMF.
 */
public record OpportunityThreatDescription(String id, String title, List<Matrix> matrices, String unplacedHeading, List<Item> unplaced) {

	/** One 2×2 matrix: its title, the names of its axes and levels, the four cells' captions, its items. */
	public record Matrix(String kind, String title, String rowAxis, String columnAxis, List<String> levels, List<List<String>> captions,
			List<Item> items) {
	}

	/** A factor: row and column (0 = high), its code and label. */
	public record Item(String id, int row, int column, String text, String tooltip) {
	}
}
