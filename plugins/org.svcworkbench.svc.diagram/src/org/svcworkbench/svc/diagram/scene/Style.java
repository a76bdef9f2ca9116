package org.svcworkbench.svc.diagram.scene;

/**
 * How a shape is painted: a CSS class name the SVG's style sheet defines. Keeping paint out of the
 * shapes keeps the SVG small and lets one place decide the look of every diagram.
 */
public enum Style {
	DIAGRAM_TITLE, LANE_BAND, LANE_BAND_ALT, LANE_TITLE, DIVIDER, DIVIDER_LABEL, STEP, DECISION_STEP, EVIDENCE,
	STEP_TEXT, DETAIL_TEXT, FLOW, FLOW_LABEL, EVIDENCE_LINK, FAIL_BADGE, WAIT_BADGE, DECISION_BADGE, BADGE_TEXT,
	LEGEND_TEXT, LEGEND_FRAME;

	/** The CSS class, e.g. "step-text". */
	public String cssClass() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
