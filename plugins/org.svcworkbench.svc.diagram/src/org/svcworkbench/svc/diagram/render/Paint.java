package org.svcworkbench.svc.diagram.render;

import org.svcworkbench.svc.diagram.scene.Style;

/** The look of each style: colours chosen for contrast on white and in grey-scale print. */
record Paint(String fill, String stroke, double strokeWidth, String dash, boolean italic, boolean text) {

	static Paint of(Style style) {
		return switch (style) {
		case DIAGRAM_TITLE -> text("#1a1a1a", false);
		case LANE_BAND -> new Paint("#f5f7fa", "#c9d1dc", 1, null, false, false);
		case LANE_BAND_ALT -> new Paint("#ffffff", "#c9d1dc", 1, null, false, false);
		case LANE_TITLE -> text("#2b3a4a", false);
		case DIVIDER -> new Paint(null, "#5b6b7d", 1.5, "8 4", false, false);
		case DIVIDER_LABEL -> text("#4a5868", true);
		case STEP -> new Paint("#e8f1fb", "#3b6ea5", 1.2, null, false, false);
		case DECISION_STEP -> new Paint("#fff4dd", "#b7791f", 1.6, null, false, false);
		case EVIDENCE -> new Paint("#eef7ee", "#4f8a4f", 1, null, false, false);
		case STEP_TEXT -> text("#1a1a1a", false);
		case DETAIL_TEXT -> text("#4a5868", false);
		case FLOW -> new Paint(null, "#34495e", 1.3, null, false, false);
		case FLOW_LABEL -> text("#34495e", true);
		case EVIDENCE_LINK -> new Paint(null, "#4f8a4f", 1, "3 3", false, false);
		case FAIL_BADGE -> new Paint("#c0392b", "#8e2a20", 1, null, false, false);
		case WAIT_BADGE -> new Paint("#d68910", "#9c640c", 1, null, false, false);
		case DECISION_BADGE -> new Paint("#b7791f", "#7d5215", 1, null, false, false);
		case BADGE_TEXT -> text("#ffffff", false);
		case LEGEND_TEXT -> text("#2b3a4a", false);
		case LEGEND_FRAME -> new Paint("#ffffff", "#c9d1dc", 1, null, false, false);
		case NOTE_TEXT -> text("#6b7785", true);
		case HALO -> new Paint("#ffffff", null, 0, null, false, false);
		case STAGE_BEFORE -> new Paint("#f3f7fc", "#c9d1dc", 1, null, false, false);
		case STAGE_DURING -> new Paint("#f4faf4", "#c9d1dc", 1, null, false, false);
		case STAGE_AFTER -> new Paint("#f8f5fc", "#c9d1dc", 1, null, false, false);
		case HEADER_BEFORE -> new Paint("#d6e4f5", "#9fb3cc", 1, null, false, false);
		case HEADER_DURING -> new Paint("#d5ecd5", "#9cc29c", 1, null, false, false);
		case HEADER_AFTER -> new Paint("#e5dcf2", "#b3a3cc", 1, null, false, false);
		case GROUP_BRACKET -> new Paint(null, "#5b6b7d", 1.2, null, false, false);
		case CARD -> new Paint("#ffffff", "#3b6ea5", 1.2, null, false, false);
		case CHART -> new Paint("#ffffff", "#c9d1dc", 1, null, false, false);
		case GRID_LINE -> new Paint(null, "#dde3ea", 1, null, false, false);
		case NEUTRAL_LINE -> new Paint(null, "#8a97a6", 1, "6 4", false, false);
		case AXIS_TEXT -> text("#4a5868", false);
		case CURVE -> new Paint(null, "#3b6ea5", 2.2, null, false, false);
		case POINT_LOW -> new Paint("#c0392b", "#ffffff", 1.5, null, false, false);
		case POINT_NEUTRAL -> new Paint("#7f8c8d", "#ffffff", 1.5, null, false, false);
		case POINT_HIGH -> new Paint("#1e8449", "#ffffff", 1.5, null, false, false);
		case EMOTION_TEXT -> text("#2b3a4a", true);
		case MATRIX_HEADER -> new Paint("#e3e9f0", "#9aa8b8", 1, null, false, false);
		case CELL_PLAIN -> new Paint("#ffffff", "#9aa8b8", 1, null, false, false);
		case CELL_REINFORCES -> new Paint("#dcf0dc", "#9aa8b8", 1, null, false, false);
		case CELL_CONFLICTS -> new Paint("#f8dcd8", "#9aa8b8", 1, null, false, false);
		case CELL_MIXED -> new Paint("#fbecc8", "#9aa8b8", 1, null, false, false);
		case CELL_EMPTY -> new Paint("#eef0f3", "#9aa8b8", 1, null, false, false);
		case RELATION_MARK -> new Paint("#34495e", null, 0, null, false, false);
		case RELATION_MARK_TEXT -> text("#ffffff", false);
		case ZONE -> new Paint("#dcefdc", "#7fb07f", 1, null, false, false);
		case ZONE_EDGE -> new Paint(null, "#3f7a3f", 2, null, false, false);
		};
	}

	private static Paint text(String colour, boolean italic) {
		return new Paint(colour, null, 0, null, italic, true);
	}
}
