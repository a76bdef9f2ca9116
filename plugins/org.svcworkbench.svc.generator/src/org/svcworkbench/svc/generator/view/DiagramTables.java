package org.svcworkbench.svc.generator.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.svcworkbench.svc.generator.view.ServiceView.TextTable;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.CellRelation;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.svc.LifecycleStage;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.vocabulary.CellRelationKind;
import org.svcworkbench.svc.words.Labels;

/**
 * The blueprints and service matrices as tables of text, beside their diagrams: what a reader of
 * the Markdown report (which links the pictures), a screen reader or a search finds in words, and
 * every label, description, fail and waiting point, flow label and cell text the designer wrote.
 */
final class DiagramTables {

	private final ReportTexts texts;
	private final DeadlineText durations;

	DiagramTables(ReportTexts texts) {
		this.texts = texts;
		this.durations = new DeadlineText(texts);
	}

	/** One table per blueprint: a row per step, in the order written. */
	List<TextTable> blueprints(Service service) {
		List<TextTable> tables = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Blueprint blueprint && !blueprint.getSteps().isEmpty()) {
				tables.add(blueprint(blueprint));
			}
		}
		return tables;
	}

	private TextTable blueprint(Blueprint blueprint) {
		Map<Step, List<String>> next = new LinkedHashMap<>();
		for (Flow flow : blueprint.getFlows()) {
			for (int i = 0; i + 1 < flow.getSteps().size(); i++) {
				Step to = flow.getSteps().get(i + 1);
				if (to.eIsProxy()) {
					continue;
				}
				// The chain's label belongs on its last arrow, as the diagram draws it.
				boolean last = i + 2 == flow.getSteps().size();
				String target = step(to);
				next.computeIfAbsent(flow.getSteps().get(i), s -> new ArrayList<>())
						.add(last && flow.getLabel() != null ? texts.aside(target, flow.getLabel()) : target);
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (Step step : blueprint.getSteps()) {
			String name = step.isDecision() ? texts.aside(step(step), texts.get("blueprintTable.decision")) : step(step);
			if (step.getDescription() != null) {
				name = name + texts.get("punctuation.dash") + step.getDescription();
			}
			if (step.getTouchpoint() != null && !step.getTouchpoint().eIsProxy()) {
				name = name + texts.get("punctuation.semicolon")
						+ texts.format("blueprintTable.touchpoint", Labels.of(step.getTouchpoint().getLabel(), step.getTouchpoint().getName()));
			}
			List<String> points = new ArrayList<>();
			if (step.getFailPoint() != null) {
				points.add(texts.format("blueprintTable.fail", step.getFailPoint()));
			}
			if (step.getWaitPoint() != null) {
				String wait = step.getWaitTime() == null ? step.getWaitPoint() : texts.aside(step.getWaitPoint(), durations.duration(step.getWaitTime()));
				points.add(texts.format("blueprintTable.wait", wait));
			}
			rows.add(List.of(name, texts.get("lane." + (step.getLane().getValue() + 1)), role(step.getActor()),
					step.getEvidence().stream().filter(c -> !c.eIsProxy()).map(c -> Labels.of(c.getLabel(), c.getName()))
							.collect(Collectors.joining(texts.get("list.separator"))),
					step.getDuration() == null ? "" : durations.duration(step.getDuration()),
					String.join(texts.get("punctuation.semicolon"), points),
					String.join(texts.get("list.separator"), next.getOrDefault(step, List.of()))));
		}
		List<String> headings = List.of(texts.get("blueprintTable.step"), texts.get("blueprintTable.lane"), texts.get("blueprintTable.actor"),
				texts.get("blueprintTable.evidence"), texts.get("blueprintTable.time"), texts.get("blueprintTable.points"),
				texts.get("blueprintTable.next"));
		return new TextTable(texts.format("blueprintTable.title", Labels.of(blueprint.getLabel(), blueprint.getName())),
				blueprint.getDescription() == null ? "" : blueprint.getDescription(), headings, rows);
	}

	/** One table per matrix: lifecycle stages down, providers across, each cell's text with its relations. */
	List<TextTable> matrices(Service service) {
		List<TextTable> tables = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof ServiceMatrix matrix && !matrix.getStages().isEmpty()) {
				tables.add(matrix(matrix));
			}
		}
		return tables;
	}

	private TextTable matrix(ServiceMatrix matrix) {
		List<Channel> providers = matrix.getProviders().stream().filter(p -> !p.eIsProxy()).toList();
		List<String> headings = new ArrayList<>();
		headings.add(texts.get("matrixTable.stage"));
		providers.forEach(p -> headings.add(Labels.of(p.getLabel(), p.getName())));
		List<List<String>> rows = new ArrayList<>();
		for (LifecycleStage stage : matrix.getStages()) {
			List<String> row = new ArrayList<>();
			row.add(Labels.of(stage.getLabel(), stage.getName()));
			for (Channel provider : providers) {
				row.add(matrix.getCells().stream().filter(c -> c.getStage() == stage && c.getProvider() == provider).map(this::cell)
						.collect(Collectors.joining(texts.get("punctuation.semicolon"))));
			}
			rows.add(row);
		}
		return new TextTable(texts.format("matrixTable.title", Labels.of(matrix.getLabel(), matrix.getName())), "", headings, rows);
	}

	private String cell(MatrixCell cell) {
		List<String> relations = new ArrayList<>();
		for (CellRelation relation : cell.getRelations()) {
			if (relation.getStage() == null || relation.getStage().eIsProxy() || relation.getProvider() == null || relation.getProvider().eIsProxy()) {
				continue;
			}
			String other = Labels.of(relation.getStage().getLabel(), relation.getStage().getName()) + " · "
					+ Labels.of(relation.getProvider().getLabel(), relation.getProvider().getName());
			relations.add(texts.format(relation.getKind() == CellRelationKind.REINFORCES ? "matrixTable.reinforces" : "matrixTable.conflicts", other));
		}
		return relations.isEmpty() ? cell.getText() : texts.aside(cell.getText(), String.join(texts.get("list.separator"), relations));
	}

	private static String step(Step step) {
		return Labels.of(step.getLabel(), step.getName());
	}

	private static String role(Role role) {
		return role == null || role.eIsProxy() ? "" : Labels.of(role.getLabel(), role.getName());
	}

}
