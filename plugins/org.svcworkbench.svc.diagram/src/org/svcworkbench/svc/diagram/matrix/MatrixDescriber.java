package org.svcworkbench.svc.diagram.matrix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Cell;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.CellKind;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Header;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.LegendItem;
import org.svcworkbench.svc.diagram.matrix.MatrixDescription.Relation;
import org.svcworkbench.svc.svc.CellRelation;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.LifecycleStage;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.vocabulary.CellRelationKind;

/** Model to description: one service matrix, cells coloured by the relations they take part in. */
public final class MatrixDescriber {

	private final DiagramLanguage language;

	public MatrixDescriber(DiagramLanguage language) {
		this.language = language;
	}

	public MatrixDescription describe(Service service, ServiceMatrix matrix) {
		List<LifecycleStage> stageList = matrix.getStages().stream().filter(s -> s.getName() != null).toList();
		List<Channel> providerList = matrix.getProviders().stream().filter(p -> !p.eIsProxy() && p.getName() != null).distinct()
				.toList();
		List<Header> stages = stageList.stream()
				.map(s -> new Header("stage-" + s.getName(), Labels.of(s.getLabel(), s.getName()), Labels.of(s.getLabel(), s.getName())))
				.toList();
		List<Header> providers = providerList.stream().map(p -> new Header("provider-" + p.getName(),
				Labels.of(p.getLabel(), p.getName()), p.getDescription() == null ? Labels.of(p.getLabel(), p.getName())
						: Labels.of(p.getLabel(), p.getName()) + "\n" + p.getDescription()))
				.toList();

		// Texts of the written cells; a pair written twice keeps both texts (the validator reports it).
		Map<List<Integer>, List<String>> texts = new LinkedHashMap<>();
		Map<List<Integer>, Set<CellRelationKind>> kinds = new LinkedHashMap<>();
		Map<List<Integer>, Set<Integer>> marks = new LinkedHashMap<>();
		List<Relation> relations = new ArrayList<>();
		for (MatrixCell cell : matrix.getCells()) {
			List<Integer> at = at(cell.getStage(), cell.getProvider(), stageList, providerList);
			if (at == null) {
				continue;
			}
			texts.computeIfAbsent(at, k -> new ArrayList<>()).add(cell.getText() == null ? "" : cell.getText());
			for (CellRelation relation : cell.getRelations()) {
				List<Integer> other = at(relation.getStage(), relation.getProvider(), stageList, providerList);
				if (other == null) {
					continue;
				}
				int number = relations.size() + 1;
				String verb = relation.getKind() == CellRelationKind.REINFORCES ? language.reinforces() : language.conflicts();
				relations.add(new Relation(number, name(at, stages, providers) + " " + verb + " " + name(other, stages, providers)));
				for (List<Integer> end : List.of(at, other)) {
					kinds.computeIfAbsent(end, k -> EnumSet.noneOf(CellRelationKind.class)).add(relation.getKind());
					marks.computeIfAbsent(end, k -> new TreeSet<>()).add(number);
				}
			}
		}

		List<Cell> cells = new ArrayList<>();
		Set<CellKind> used = EnumSet.noneOf(CellKind.class);
		for (int p = 0; p < providers.size(); p++) {
			for (int s = 0; s < stages.size(); s++) {
				List<Integer> at = List.of(s, p);
				List<String> written = texts.get(at);
				CellKind kind = kind(written != null, kinds.getOrDefault(at, Set.of()));
				used.add(kind);
				String text = written == null ? "" : String.join("\n", written);
				String tooltip = name(at, stages, providers) + (text.isEmpty() ? ": " + language.emptyCell() : "\n" + text);
				cells.add(new Cell("cell-" + stageList.get(s).getName() + "-" + providerList.get(p).getName(), s, p, text, kind,
						List.copyOf(marks.getOrDefault(at, Set.of())), tooltip));
			}
		}
		List<LegendItem> legend = new ArrayList<>();
		for (CellKind kind : CellKind.values()) {
			if (used.contains(kind)) {
				legend.add(new LegendItem(kind, switch (kind) {
				case PLAIN -> language.plainCell();
				case REINFORCES -> language.reinforcingCell();
				case CONFLICTS -> language.conflictingCell();
				case MIXED -> language.mixedCell();
				case EMPTY -> language.emptyCell();
				}));
			}
		}
		String title = Labels.title(Labels.of(service.getLabel(), service.getName()), language.serviceMatrix(),
				Labels.of(matrix.getLabel(), matrix.getName()));
		return new MatrixDescription("matrix-" + matrix.getName(), title, language.matrixCorner(), stages, providers, cells,
				relations, legend, language.relations());
	}

	private static CellKind kind(boolean written, Set<CellRelationKind> relations) {
		if (relations.size() == 2) {
			return CellKind.MIXED;
		}
		if (relations.contains(CellRelationKind.REINFORCES)) {
			return CellKind.REINFORCES;
		}
		if (relations.contains(CellRelationKind.CONFLICTS)) {
			return CellKind.CONFLICTS;
		}
		return written ? CellKind.PLAIN : CellKind.EMPTY;
	}

	private static List<Integer> at(LifecycleStage stage, Channel provider, List<LifecycleStage> stages, List<Channel> providers) {
		int s = stage == null ? -1 : stages.indexOf(stage);
		int p = provider == null ? -1 : providers.indexOf(provider);
		return s < 0 || p < 0 ? null : List.of(s, p);
	}

	/** "Counter (Order)": the provider, then the stage. */
	private String name(List<Integer> at, List<Header> stages, List<Header> providers) {
		return language.cell(providers.get(at.get(1)).label(), stages.get(at.get(0)).label());
	}
}
