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
import org.svcworkbench.svc.parser.Articles;
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
			String factors = strategy.getUses().stream().map(f -> f.getKind().getLiteral() + " '" + f.getName() + "'")
					.collect(Collectors.joining(" and "));
			error("Strategy '" + strategy.getName() + "' is " + declared + " but combines " + factors + ": that makes "
					+ Articles.withArticle(implied.getLiteral()) + " strategy; write " + implied.getLiteral() + ", or build it on "
					+ swot.missing(strategy).stream().map(k -> Articles.withArticle(k.getLiteral())).collect(Collectors.joining(" and "))
					+ " as " + Articles.withArticle(declared) + " strategy needs (D18).", strategy,
					SWOT_STRATEGY__KIND, IssueCodes.SWOT_STRATEGY_FACTORS, implied.getLiteral());
			return;
		}
		Set<SwotKind> combines = swot.combines(strategy.getKind());
		boolean misplaced = false;
		for (int i = 0; i < strategy.getUses().size(); i++) {
			SwotFactor factor = strategy.getUses().get(i);
			if (!combines.contains(factor.getKind())) {
				error("Strategy '" + strategy.getName() + "' is " + declared + " but uses " + factor.getKind().getLiteral() + " '"
						+ factor.getName() + "': " + Articles.withArticle(declared) + " strategy combines " + kinds(combines)
						+ "; use another kind of strategy for it.", strategy, SWOT_STRATEGY__USES, i, IssueCodes.SWOT_STRATEGY_FACTORS);
				misplaced = true;
			}
		}
		Set<SwotKind> missing = swot.missing(strategy);
		if (!misplaced && !missing.isEmpty()) {
			error("Strategy '" + strategy.getName() + "' is " + declared + " and must name the "
					+ kinds(missing) + " it builds on: add 'uses <" + missing.stream().map(SwotKind::getLiteral)
							.collect(Collectors.joining(">, <")) + ">'.",
					strategy, SWOT_STRATEGY__NAME, IssueCodes.SWOT_STRATEGY_FACTORS);
		}
	}

	private static String kinds(Set<SwotKind> kinds) {
		return kinds.stream().map(SwotAnalysis::plural).collect(Collectors.joining(" and "));
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
				String message = "'" + axis.getName() + "' does not rate " + Articles.withArticle(factor.getKind().getLiteral()) + ": "
						+ (allowed.isEmpty() ? SwotAnalysis.plural(factor.getKind()) + " are not rated in the opportunity-threat matrix"
								: SwotAnalysis.plural(factor.getKind()) + " are rated by '" + allowed.get(0).getName() + "' and '"
										+ allowed.get(1).getName() + "'")
						+ " (D18).";
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
				warning("Opportunity '" + factor.getName() + "' is highly attractive and likely to succeed, but no strategy pursues it:"
						+ " add an SO or WO strategy that uses it (D18).", factor, SWOT_FACTOR__NAME, IssueCodes.SWOT_OPPORTUNITY_UNPLANNED);
			}
			if (swot.isCritical(factor) && !answered.contains(factor)) {
				warning("Threat '" + factor.getName() + "' is severe and likely, but no strategy answers it: add an ST or WT strategy"
						+ " that uses it (D18).", factor, SWOT_FACTOR__NAME, IssueCodes.SWOT_THREAT_UNADDRESSED);
			}
		}
	}

	@Check
	public void checkManagementProcess(Management management) {
		List<String> missing = new ArrayList<>();
		List<EStructuralFeature> steps = List.of(MANAGEMENT__RESEARCH, MANAGEMENT__POSITIONING, MANAGEMENT__PLANNING, MANAGEMENT__MONITORING);
		List<String> meaning = List.of("research and analysis", "positioning and goals", "planning and execution",
				"monitoring and evaluation");
		for (int i = 0; i < steps.size(); i++) {
			if (!management.eIsSet(steps.get(i))) {
				missing.add("'" + steps.get(i).getName() + "' (" + meaning.get(i) + ")");
			}
		}
		if (!missing.isEmpty() && missing.size() < steps.size()) {
			warning("The management process lacks " + String.join(", ", missing)
					+ ": the four steps follow each other (D18), so describe each one.", management, null,
					IssueCodes.MANAGEMENT_STEP_MISSING);
		}
	}

	@Check
	public void checkPattern(Market market) {
		if (written(market, MARKET__PATTERN) && market.getPattern() == TargetMarketPattern.SINGLE_SEGMENT
				&& market.getSegments().size() > 1) {
			warning("A single-segment market targets one segment, but this market lists " + market.getSegments().size()
					+ ": keep one, or choose another pattern (selective-specialisation, market-specialisation, full-coverage ...).",
					market, MARKET__PATTERN, IssueCodes.MARKET_PATTERN_SEGMENTS);
		}
	}
}
