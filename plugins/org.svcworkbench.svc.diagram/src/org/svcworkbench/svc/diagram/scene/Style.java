package org.svcworkbench.svc.diagram.scene;

/**
 * How a shape is painted: a CSS class name the SVG's style sheet defines. Keeping paint out of the
 * shapes keeps the SVG small and lets one place decide the look of every diagram.
 */
public enum Style {
	DIAGRAM_TITLE, LANE_BAND, LANE_BAND_ALT, LANE_TITLE, DIVIDER, DIVIDER_LABEL, STEP, DECISION_STEP, EVIDENCE,
	STEP_TEXT, DETAIL_TEXT, FLOW, FLOW_LABEL, EVIDENCE_LINK, FAIL_BADGE, WAIT_BADGE, DECISION_BADGE, BADGE_TEXT,
	LEGEND_TEXT, LEGEND_FRAME, NOTE_TEXT, HALO,
	// journey map
	STAGE_BEFORE, STAGE_DURING, STAGE_AFTER, HEADER_BEFORE, HEADER_DURING, HEADER_AFTER, GROUP_BRACKET, CARD, CHART, GRID_LINE,
	NEUTRAL_LINE, AXIS_TEXT, CURVE, POINT_LOW, POINT_NEUTRAL, POINT_HIGH, EMOTION_TEXT,
	// service matrix
	MATRIX_HEADER, CELL_PLAIN, CELL_REINFORCES, CELL_CONFLICTS, CELL_MIXED, CELL_EMPTY, RELATION_MARK, RELATION_MARK_TEXT,
	// analysis figures
	ZONE, ZONE_EDGE;

	/** The CSS class, e.g. "step-text". */
	public String cssClass() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
