package org.svcworkbench.svc.diagram.blueprint;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.domain.BlueprintAnalysis;
import org.svcworkbench.svc.words.BidiIsolation;
import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Badge;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.BadgeKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Box;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.BoxKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Connection;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.ConnectionKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.LegendItem;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.LegendSymbol;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Cue;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.Step;

/** Model to description: what a service blueprint (D14) shows, in the diagram's language. */
public final class BlueprintDescriber {

	private final DiagramLanguage language;

	public BlueprintDescriber(DiagramLanguage language) {
		this.language = language;
	}

	public BlueprintDescription describe(Service service, Blueprint blueprint) {
		List<Box> boxes = new ArrayList<>();
		List<Connection> connections = new ArrayList<>();
		boolean anyFail = false, anyWait = false, anyDecision = false, anyEvidence = false;
		for (Step step : blueprint.getSteps()) {
			if (step.getName() == null) {
				continue;
			}
			List<Badge> badges = new ArrayList<>();
			if (step.isDecision()) {
				badges.add(new Badge(BadgeKind.DECISION, "", language.decision));
				anyDecision = true;
			}
			if (step.getFailPoint() != null) {
				badges.add(new Badge(BadgeKind.FAIL, "", language.failPoint + ": " + step.getFailPoint()));
				anyFail = true;
			}
			if (step.getWaitPoint() != null) {
				String time = step.getWaitTime() == null ? ""
						: language.duration(step.getWaitTime().getValue(), step.getWaitTime().getUnit());
				badges.add(new Badge(BadgeKind.WAIT, time,
						language.waitingPoint + ": " + step.getWaitPoint() + (time.isEmpty() ? "" : " (" + time + ")")));
				anyWait = true;
			}
			String label = Labels.of(step.getLabel(), step.getName());
			String detail = detail(step);
			int lane = step.getLane().getValue();
			boxes.add(new Box(stepId(step), lane, step.isDecision() ? BoxKind.DECISION : BoxKind.STEP, label, detail,
					tooltip(label, step.getDescription(), detail), badges));
			List<Cue> cues = step.getEvidence().stream().filter(c -> !c.eIsProxy() && c.getName() != null).toList();
			if (!cues.isEmpty()) {
				String cueText = String.join("\n", cues.stream().map(c -> Labels.of(c.getLabel(), c.getName())).toList());
				boxes.add(new Box("evidence-" + step.getName(), BlueprintDescription.EVIDENCE_LANE, BoxKind.EVIDENCE, cueText,
						"", cueText.replace('\n', ',') + " → " + label, List.of()));
				connections.add(new Connection("shows-" + step.getName(), "evidence-" + step.getName(), stepId(step), "",
						ConnectionKind.SHOWS));
				anyEvidence = true;
			}
		}
		int index = 0;
		for (Flow flow : blueprint.getFlows()) {
			List<Step> steps = flow.getSteps();
			for (int i = 0; i + 1 < steps.size(); i++) {
				Step from = steps.get(i), to = steps.get(i + 1);
				if (from.eIsProxy() || to.eIsProxy() || from.getName() == null || to.getName() == null) {
					continue;
				}
				String label = new BlueprintAnalysis.Edge(flow, i).label();
				connections.add(new Connection("flow-" + (++index), stepId(from), stepId(to), label, ConnectionKind.FLOW));
			}
		}
		List<LegendItem> legend = new ArrayList<>();
		legend.add(new LegendItem(LegendSymbol.FLOW, language.flow));
		if (anyEvidence) legend.add(new LegendItem(LegendSymbol.SHOWS, language.evidenceLink));
		if (anyDecision) legend.add(new LegendItem(LegendSymbol.DECISION_BADGE, language.decision));
		if (anyFail) legend.add(new LegendItem(LegendSymbol.FAIL_BADGE, language.failPoint));
		if (anyWait) legend.add(new LegendItem(LegendSymbol.WAIT_BADGE, language.waitingPoint));
		String title = Labels.title(Labels.of(service.getLabel(), service.getName()), language.blueprint,
				Labels.of(blueprint.getLabel(), blueprint.getName()));
		return new BlueprintDescription("blueprint-" + blueprint.getName(), title, language.laneTitles(), language.dividers(),
				boxes, connections, legend);
	}

	private static String stepId(Step step) {
		return "step-" + step.getName();
	}

	private String detail(Step step) {
		List<String> parts = new ArrayList<>();
		Role actor = step.getActor();
		if (actor != null && !actor.eIsProxy() && actor.getName() != null) {
			parts.add(language.actorPrefix + BidiIsolation.isolate(Labels.of(actor.getLabel(), actor.getName())));
		}
		if (step.getDuration() != null && step.getDuration().getValue() != null) {
			// A no-break space keeps the number with its unit when the box wraps the line ("1 min", not "1" and "min").
			parts.add(language.duration(step.getDuration().getValue(), step.getDuration().getUnit()).replace(' ', '\u00A0'));
		}
		return String.join(" · ", parts);
	}

	private static String tooltip(String label, String description, String detail) {
		StringBuilder text = new StringBuilder(label);
		if (description != null && !description.isBlank()) {
			text.append('\n').append(description);
		}
		if (!detail.isEmpty()) {
			text.append('\n').append(detail);
		}
		return text.toString();
	}
}
