package org.svcworkbench.svc.diagram.blueprint;

import java.util.List;

/**
 * What a blueprint diagram shows, before layout: plain data, no EMF, no ELK. Lanes are numbered
 * top to bottom (0 evidence, 1 customer, 2 onstage, 3 backstage, 4 support); divider i is drawn
 * below lane {@link #DIVIDER_BELOW_LANE}[i].
 */
public record BlueprintDescription(String id, String title, List<String> laneTitles, List<String> dividers,
		List<Box> boxes, List<Connection> connections, List<LegendItem> legend) {

	public static final int EVIDENCE_LANE = 0;
	/** Interaction below customer actions, visibility below onstage, internal interaction below backstage. */
	public static final int[] DIVIDER_BELOW_LANE = { 1, 2, 3 };

	public enum BoxKind {
		STEP, DECISION, EVIDENCE
	}

	public enum BadgeKind {
		FAIL, WAIT, DECISION
	}

	/** A marker on a step; text is what the badge says next to its symbol (the wait time), may be empty. */
	public record Badge(BadgeKind kind, String text, String explanation) {
	}

	/** A step, or the evidence a step shows; lines are the label's paragraphs, detail the actor and duration. */
	public record Box(String id, int lane, BoxKind kind, String label, String detail, String tooltip, List<Badge> badges) {
	}

	public enum ConnectionKind {
		FLOW, SHOWS
	}

	/** A flow between steps, or the link from evidence to the step that shows it. */
	public record Connection(String id, String from, String to, String label, ConnectionKind kind) {
	}

	public enum LegendSymbol {
		FAIL_BADGE, WAIT_BADGE, DECISION_BADGE, FLOW, SHOWS
	}

	public record LegendItem(LegendSymbol symbol, String text) {
	}

	public Box box(String id) {
		return boxes.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
	}
}
