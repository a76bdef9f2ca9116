package org.svcworkbench.svc.generator.view;

import java.util.List;

import org.svcworkbench.svc.generator.InlineSvg;

/**
 * What the reports say about one service, as plain text already in the report's language: the
 * generators' templates only lay it out. Lists are empty and values null where the model says
 * nothing, and the templates leave those sections out.
 */
public record ServiceView(String name, String folder, String title, String description, List<Fact> facts,
		List<PStatus> mix, long described, List<FactTable> mixContents, List<JourneyRow> journey, List<Diagram> journeyDiagrams, List<Diagram> blueprints,
		List<TextTable> blueprintTables, List<Diagram> matrices, List<TextTable> matrixTables, List<StandardRow> standards, String dueNote, Survey survey, List<Fact> qualityAspects, List<Diagram> servqualDiagrams, List<QualityRow> quality,
		Value value, List<String> segments, List<FactTable> intro, List<FactTable> areas, List<ChecklistLink> checklists,
		List<Portfolio> portfolios) {

	/** A portfolio the service belongs to (D8): the index lists each with its services. */
	public record Portfolio(String title, String description) {
	}

	/** A window on a wide diagram for the printed page: its viewBox and its size in the diagram's units. */
	public record Slice(String viewBox, long width, long height) {
	}

	/** A checklist beside the pages: its title and its path without extension (.md, .csv and .json exist). */
	public record ChecklistLink(String title, String base) {
	}

	/**
	 * A simple area of the model as a two-column table: intro holds those a reader meets first
	 * (characteristics, value proposition), areas the others (customer services, market, ...).
	 */
	public record FactTable(String id, String title, String termHeading, String valueHeading, List<Fact> rows, List<Diagram> figures) {

		public FactTable(String id, String title, String termHeading, String valueHeading, List<Fact> rows) {
			this(id, title, termHeading, valueHeading, rows, List.of());
		}
	}

	/** A diagram's content as a table of text, with a note (a blueprint's description) above it; cells may be empty. */
	public record TextTable(String title, String note, List<String> headings, List<List<String>> rows) {
	}

	/** A term and its value ("Industry", "Repair"). */
	public record Fact(String term, String value) {
	}

	/** One of the 7Ps; status is described, missing or out (of scope), for the CSS class. */
	public record PStatus(String p, String status, String statusText, String note) {
	}

	public record JourneyRow(String stage, String touchpoint, String channel, String owner, String expects, String rating,
			String emotion) {
	}

	/**
	 * A diagram inline: its title and its SVG document (without the XML prolog); file and png are
	 * the full-size files beside the page, null when the run does not write them.
	 */
	public record Diagram(String title, InlineSvg svg, String file, String png, String id, List<Slice> slices) {
	}

	/** A standard; description is what the designer wrote about it, empty when nothing. */
	public record StandardRow(String standard, String description, String deadline, String due, String owner, String deputy, String escalation,
			String records) {
	}

	public record Survey(List<SurveyRow> items, String total, String level) {
	}

	public record SurveyRow(String item, String weight, String rating, String score) {
	}

	/** positionClass is below, within or above, for the CSS class. */
	public record QualityRow(String dimension, String desired, String adequate, String perceived, String gap, String desiredGap, String position,
			String positionClass) {
	}

	public record Value(List<Fact> components, String totalValue, String totalCost, String delivered) {
	}
}
