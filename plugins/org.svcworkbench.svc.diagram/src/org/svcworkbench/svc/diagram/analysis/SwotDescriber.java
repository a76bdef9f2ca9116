package org.svcworkbench.svc.diagram.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.domain.SwotAnalysis;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.Swot;
import org.svcworkbench.svc.svc.SwotFactor;
import org.svcworkbench.svc.svc.SwotStrategy;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.Level;
import org.svcworkbench.svc.vocabulary.StrategyKind;
import org.svcworkbench.svc.vocabulary.SwotKind;
import org.svcworkbench.svc.words.Labels;

/** The SWOT figure of a service: its factors numbered by kind in the order written, its strategies in their cells. */
public final class SwotDescriber {

	private final DiagramLanguage language;
	private final SwotAnalysis analysis = new SwotAnalysis();

	public SwotDescriber(DiagramLanguage language) {
		this.language = language;
	}

	public static boolean hasSwot(Service service) {
		return swots(service).stream().anyMatch(s -> !s.getFactors().isEmpty() || !s.getStrategies().isEmpty());
	}

	public SwotDescription describe(Service service) {
		Map<SwotKind, List<SwotDescription.Entry>> factors = new EnumMap<>(SwotKind.class);
		Map<StrategyKind, List<SwotDescription.Entry>> strategies = new EnumMap<>(StrategyKind.class);
		Map<SwotFactor, String> codes = new HashMap<>();
		for (SwotKind kind : SwotKind.values()) {
			factors.put(kind, new ArrayList<>());
		}
		for (StrategyKind kind : StrategyKind.values()) {
			strategies.put(kind, new ArrayList<>());
		}
		for (Swot swot : swots(service)) {
			for (SwotFactor factor : swot.getFactors()) {
				if (factor.getKind() == null || factor.getName() == null) {
					continue;
				}
				List<SwotDescription.Entry> entries = factors.get(factor.getKind());
				String code = letter(factor.getKind()) + (entries.size() + 1);
				codes.put(factor, code);
				String label = Labels.of(factor.getLabel(), factor.getName());
				String rating = rating(factor);
				boolean marked = analysis.isPrime(factor) || analysis.isCritical(factor);
				entries.add(new SwotDescription.Entry("factor-" + factor.getName(), code, label, rating, marked,
						code + " " + label + (rating.isEmpty() ? "" : " — " + rating)));
			}
		}
		for (Swot swot : swots(service)) {
			for (SwotStrategy strategy : swot.getStrategies()) {
				if (strategy.getKind() == null || strategy.getName() == null) {
					continue;
				}
				String uses = strategy.getUses().stream().filter(f -> !f.eIsProxy() && codes.containsKey(f))
						.map(f -> codes.get(f)).collect(Collectors.joining(" + "));
				String label = Labels.of(strategy.getLabel(), strategy.getName());
				strategies.get(strategy.getKind()).add(new SwotDescription.Entry("strategy-" + strategy.getName(), "", label,
						uses.isEmpty() ? "" : language.swotUses(uses), false, strategy.getKind().getName() + ": " + label
								+ (uses.isEmpty() ? "" : " — " + language.swotUses(uses))));
			}
		}
		String none = language.swotNone();
		List<List<SwotDescription.Cell>> cells = List.of(
				List.of(new SwotDescription.Cell("corner", "SWOT", List.of(), ""),
						factorCell(SwotKind.STRENGTH, factors, none), factorCell(SwotKind.WEAKNESS, factors, none)),
				List.of(factorCell(SwotKind.OPPORTUNITY, factors, none), strategyCell(StrategyKind.SO, strategies, none),
						strategyCell(StrategyKind.WO, strategies, none)),
				List.of(factorCell(SwotKind.THREAT, factors, none), strategyCell(StrategyKind.ST, strategies, none),
						strategyCell(StrategyKind.WT, strategies, none)));
		boolean marked = factors.values().stream().flatMap(List::stream).anyMatch(SwotDescription.Entry::marked);
		return new SwotDescription("swot-matrix", Labels.of(service.getLabel(), service.getName()) + " · " + language.swotTitle(), cells,
				marked ? language.swotMarked() : "");
	}

	private SwotDescription.Cell factorCell(SwotKind kind, Map<SwotKind, List<SwotDescription.Entry>> factors, String none) {
		return new SwotDescription.Cell("factor", language.swotKind(kind), factors.get(kind), none);
	}

	private SwotDescription.Cell strategyCell(StrategyKind kind, Map<StrategyKind, List<SwotDescription.Entry>> strategies, String none) {
		return new SwotDescription.Cell("strategy", language.strategyKind(kind), strategies.get(kind), none);
	}

	/** "attractiveness high, success high" for an opportunity, "severity high, probability low" for a threat. */
	private String rating(SwotFactor factor) {
		List<String> parts = new ArrayList<>();
		if (factor.getKind() == SwotKind.OPPORTUNITY) {
			add(parts, factor, SvcPackage.Literals.SWOT_FACTOR__ATTRACTIVENESS, language.attractiveness(), factor.getAttractiveness());
			add(parts, factor, SvcPackage.Literals.SWOT_FACTOR__SUCCESS, language.success(), factor.getSuccess());
		} else if (factor.getKind() == SwotKind.THREAT) {
			add(parts, factor, SvcPackage.Literals.SWOT_FACTOR__SEVERITY, language.severity(), factor.getSeverity());
			add(parts, factor, SvcPackage.Literals.SWOT_FACTOR__PROBABILITY, language.probability(), factor.getProbability());
		}
		return String.join(language.listSeparator(), parts);
	}

	private void add(List<String> parts, SwotFactor factor, org.eclipse.emf.ecore.EStructuralFeature feature, String word, Level level) {
		if (Written.written(factor, feature) && level != null) {
			parts.add(language.rated(word, language.words().get("margin." + level.getName())));
		}
	}

	private static String letter(SwotKind kind) {
		return switch (kind) {
		case STRENGTH -> "S";
		case WEAKNESS -> "W";
		case OPPORTUNITY -> "O";
		case THREAT -> "T";
		};
	}

	private static List<Swot> swots(Service service) {
		List<Swot> swots = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Swot swot) {
				swots.add(swot);
			}
		}
		return swots;
	}
}
