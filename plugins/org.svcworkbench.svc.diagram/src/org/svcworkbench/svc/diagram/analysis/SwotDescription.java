package org.svcworkbench.svc.diagram.analysis;

import java.util.List;

/**
 * What the SWOT figure shows (D18), before layout, as a TOWS matrix: strengths and weaknesses
 * across, opportunities and threats down, and in each inner cell the strategies that combine that
 * row's and that column's factors, each naming the factors it uses by their codes (S1, O2). Cells
 * are given row by row: [corner, S, W], [O, SO, WO], [T, ST, WT]; markedNote says what a marked
 * (bold) entry is, empty when none is marked. Plain data, no EMF.
 */
public record SwotDescription(String id, String title, List<List<Cell>> cells, String markedNote) {

	/** One entry of a cell: a factor or a strategy. */
	public record Entry(String id, String code, String text, String detail, boolean marked, String tooltip) {
	}

	/** A cell: its heading and its entries; kind is "factor", "strategy" or "corner" for the look. */
	public record Cell(String kind, String heading, List<Entry> entries, String empty) {
	}
}
