package org.svcworkbench.svc.diagram.journey;

import java.util.List;

/**
 * What a journey map (D4, D11) shows, in the diagram's language: the stages as columns, their
 * touchpoints, and the satisfaction of each touchpoint on the 7-level scale. No EMF or layout types.
 *
 * @param levels the seven level names of the scale, lowest first
 * @param rowTitles the titles of the touchpoint, satisfaction and decision-factor rows
 */
public record JourneyDescription(String id, String title, List<Stage> stages, List<String> levels, List<String> rowTitles,
		String notRated) {

	/**
	 * A stage: phase 0 before, 1 during, 2 after purchase; its touchpoints in the order written;
	 * groups names the touchpoint groups that {@link Touchpoint#group()} indexes.
	 */
	public record Stage(String id, int phase, String heading, String label, List<Touchpoint> touchpoints, List<String> groups,
			List<String> factors, String empty) {
	}

	/**
	 * A touchpoint: details are its channel, owner and expectation lines; level is 1..7 or null when
	 * unrated; group is an index into the stage's groups, or -1.
	 */
	public record Touchpoint(String id, String label, List<String> details, Integer level, String emotion, int group,
			String tooltip) {
	}

	public boolean hasFactors() {
		return stages.stream().anyMatch(s -> !s.factors().isEmpty());
	}

	public boolean hasGroups() {
		return stages.stream().anyMatch(s -> !s.groups().isEmpty());
	}
}
