package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.domain.Written.written;
import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.SwotAnalysis;
import org.svcworkbench.svc.svc.Management;
import org.svcworkbench.svc.svc.Market;
import org.svcworkbench.svc.svc.Swot;
import org.svcworkbench.svc.svc.SwotFactor;
import org.svcworkbench.svc.svc.SwotStrategy;
import org.svcworkbench.svc.vocabulary.StrategyKind;
import org.svcworkbench.svc.vocabulary.SwotKind;
import org.svcworkbench.svc.vocabulary.TargetMarketPattern;

import com.google.inject.Inject;

/** D18: SWOT with the opportunity-threat matrix, the marketing management process, target-market patterns. */
public class AnalysisValidator extends SvcChecks {

	@Inject private SwotAnalysis swot;

	@Check
	public void checkStrategy(SwotStrategy strategy) {
		if (strategy.getUses().stream().anyMatch(EObject::eIsProxy)) {
			return; // the unknown factor is reported by the linker; what it was meant to be is not known
		}
		StrategyKind implied = swot.impliedKind(strategy);
		String declared = strategy.getKind().getLiteral();
		if (implied != null && implied != strategy.getKind()) {
			String factors = findings().and(strategy.getUses().stream().map(f -> say("swot.factor", kind(f.getKind()), f.getName())).toList());
			error(say("swot.strategy.implied", strategy.getName(), declared, factors, findings().a(implied.getLiteral()),
					implied.getLiteral(), findings().and(swot.missing(strategy).stream().map(k -> findings().a(kind(k))).toList()),
					findings().a(declared)), strategy,
					SWOT_STRATEGY__KIND, IssueCodes.SWOT_STRATEGY_FACTORS, implied.getLiteral());
			return;
		}
		Set<SwotKind> combines = swot.combines(strategy.getKind());
		boolean misplaced = false;
		for (int i = 0; i < strategy.getUses().size(); i++) {
			SwotFactor factor = strategy.getUses().get(i);
			if (!combines.contains(factor.getKind())) {
				error(say("swot.strategy.uses", strategy.getName(), declared, kind(factor.getKind()), factor.getName(),
						findings().a(declared), kinds(combines)), strategy, SWOT_STRATEGY__USES, i, IssueCodes.SWOT_STRATEGY_FACTORS);
				misplaced = true;
			}
		}
		Set<SwotKind> missing = swot.missing(strategy);
		if (!misplaced && !missing.isEmpty()) {
			error(say("swot.strategy.missing", strategy.getName(), declared, kinds(missing),
					missing.stream().map(SwotKind::getLiteral).collect(Collectors.joining(">, <"))),
					strategy, SWOT_STRATEGY__NAME, IssueCodes.SWOT_STRATEGY_FACTORS);
		}
	}

	/** "strengths and opportunities" / "优势和机会". */
	private String kinds(Set<SwotKind> kinds) {
		return findings().and(kinds.stream().map(k -> say("swot.kinds." + k.getName())).toList());
	}

	/** "opportunity" / "机会". */
	private String kind(SwotKind kind) {
		return say("swot.kind." + kind.getName());
	}

	/** Opportunities are rated by attractiveness and success, threats by severity and probability (D18). */
	@Check
	public void checkAxes(SwotFactor factor) {
		List<EStructuralFeature> allowed = switch (factor.getKind()) {
			case OPPORTUNITY -> List.of(SWOT_FACTOR__ATTRACTIVENESS, SWOT_FACTOR__SUCCESS);
			case THREAT -> List.of(SWOT_FACTOR__SEVERITY, SWOT_FACTOR__PROBABILITY);
			default -> List.of();
		};
		for (EStructuralFeature axis : List.of(SWOT_FACTOR__ATTRACTIVENESS, SWOT_FACTOR__SUCCESS, SWOT_FACTOR__SEVERITY,
				SWOT_FACTOR__PROBABILITY)) {
			if (!allowed.contains(axis) && written(factor, axis) && NodeModelUtils.getNode(factor) != null) {
				String kinds = say("swot.kinds." + factor.getKind().getName());
				String message = say("swot.axis", axis.getName(), findings().a(kind(factor.getKind())), allowed.isEmpty()
						? say("swot.axis.unrated", kinds)
						: say("swot.axis.rated", kinds, allowed.get(0).getName(), allowed.get(1).getName()));
				ILeafNode keyword = keywordOf(factor, axis);
				if (keyword != null) {
					INode value = NodeModelUtils.findNodesForFeature(factor, axis).get(0);
					getMessageAcceptor().acceptError(message, factor, keyword.getOffset(), value.getEndOffset() - keyword.getOffset(),
							IssueCodes.SWOT_AXIS);
				} else {
					error(message, factor, axis, IssueCodes.SWOT_AXIS);
				}
			}
		}
	}

	/** The keyword that introduces an attribute ('severity' in 'severity high'). */
	private static ILeafNode keywordOf(EObject element, EStructuralFeature feature) {
		for (ILeafNode leaf : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(feature.getName())) {
				return leaf;
			}
		}
		return null;
	}

	@Check
	public void checkMatrixCorners(Swot block) {
		Set<SwotFactor> pursued = new HashSet<>();
		Set<SwotFactor> answered = new HashSet<>();
		for (SwotStrategy strategy : block.getStrategies()) {
			if (strategy.getUses().stream().anyMatch(EObject::eIsProxy)) {
				return; // which factor that strategy meant is unknown until the linker's error is fixed
			}
			if (strategy.getKind() == StrategyKind.SO || strategy.getKind() == StrategyKind.WO) {
				pursued.addAll(strategy.getUses());
			} else {
				answered.addAll(strategy.getUses());
			}
		}
		for (SwotFactor factor : block.getFactors()) {
			if (swot.isPrime(factor) && !pursued.contains(factor)) {
				warning(say("swot.opportunity-unplanned", factor.getName()), factor, SWOT_FACTOR__NAME, IssueCodes.SWOT_OPPORTUNITY_UNPLANNED);
			}
			if (swot.isCritical(factor) && !answered.contains(factor)) {
				warning(say("swot.threat-unaddressed", factor.getName()), factor, SWOT_FACTOR__NAME, IssueCodes.SWOT_THREAT_UNADDRESSED);
			}
		}
	}

	@Check
	public void checkManagementProcess(Management management) {
		List<String> missing = new ArrayList<>();
		List<EStructuralFeature> steps = List.of(MANAGEMENT__RESEARCH, MANAGEMENT__POSITIONING, MANAGEMENT__PLANNING, MANAGEMENT__MONITORING);
		for (EStructuralFeature step : steps) {
			if (!management.eIsSet(step)) {
				missing.add(say("management.step", step.getName(), say("management." + step.getName())));
			}
		}
		if (!missing.isEmpty() && missing.size() < steps.size()) {
			warning(say("management.step-missing", findings().listed(missing)), management, null,
					IssueCodes.MANAGEMENT_STEP_MISSING);
		}
	}

	@Check
	public void checkPattern(Market market) {
		if (written(market, MARKET__PATTERN) && market.getPattern() == TargetMarketPattern.SINGLE_SEGMENT
				&& market.getSegments().size() > 1) {
			warning(say("market.pattern-segments", market.getSegments().size()),
					market, MARKET__PATTERN, IssueCodes.MARKET_PATTERN_SEGMENTS);
		}
	}
}
