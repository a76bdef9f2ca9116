package org.svcworkbench.svc.domain;

import java.util.EnumSet;
import java.util.Set;

import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.SwotFactor;
import org.svcworkbench.svc.svc.SwotStrategy;
import org.svcworkbench.svc.vocabulary.Level;
import org.svcworkbench.svc.vocabulary.StrategyKind;
import org.svcworkbench.svc.vocabulary.SwotKind;

/**
 * D18: SWOT strategies combine an internal factor (strength or weakness) with an external one
 * (opportunity or threat); the opportunity-threat matrix rates opportunities by attractiveness and
 * probability of success, threats by severity and probability.
 */
public class SwotAnalysis {

	/** The two factor kinds a strategy of this kind combines: SO = strength + opportunity, and so on. */
	public Set<SwotKind> combines(StrategyKind kind) {
		return switch (kind) {
			case SO -> EnumSet.of(SwotKind.STRENGTH, SwotKind.OPPORTUNITY);
			case WO -> EnumSet.of(SwotKind.WEAKNESS, SwotKind.OPPORTUNITY);
			case ST -> EnumSet.of(SwotKind.STRENGTH, SwotKind.THREAT);
			case WT -> EnumSet.of(SwotKind.WEAKNESS, SwotKind.THREAT);
		};
	}

	/** The kinds a strategy needs but does not use yet. */
	public Set<SwotKind> missing(SwotStrategy strategy) {
		Set<SwotKind> missing = combines(strategy.getKind());
		strategy.getUses().stream().filter(f -> !f.eIsProxy()).forEach(f -> missing.remove(f.getKind()));
		return missing;
	}

	/**
	 * The strategy kind its resolved factors make when they are one internal and one external kind
	 * (a weakness with an opportunity makes WO), or null when they make none or several.
	 */
	public StrategyKind impliedKind(SwotStrategy strategy) {
		Set<SwotKind> kinds = EnumSet.noneOf(SwotKind.class);
		strategy.getUses().stream().filter(f -> !f.eIsProxy() && f.getKind() != null).forEach(f -> kinds.add(f.getKind()));
		for (StrategyKind kind : StrategyKind.values()) {
			if (combines(kind).equals(kinds)) {
				return kind;
			}
		}
		return null;
	}

	/** An opportunity in the top corner of the matrix: attractive and likely to succeed. */
	public boolean isPrime(SwotFactor factor) {
		return factor.getKind() == SwotKind.OPPORTUNITY && Written.written(factor, SvcPackage.Literals.SWOT_FACTOR__ATTRACTIVENESS)
				&& Written.written(factor, SvcPackage.Literals.SWOT_FACTOR__SUCCESS)
				&& factor.getAttractiveness() == Level.HIGH && factor.getSuccess() == Level.HIGH;
	}

	/** A threat in the top corner of the matrix: severe and likely. */
	public boolean isCritical(SwotFactor factor) {
		return factor.getKind() == SwotKind.THREAT && Written.written(factor, SvcPackage.Literals.SWOT_FACTOR__SEVERITY)
				&& Written.written(factor, SvcPackage.Literals.SWOT_FACTOR__PROBABILITY)
				&& factor.getSeverity() == Level.HIGH && factor.getProbability() == Level.HIGH;
	}

	/** "strengths", "weaknesses", "opportunities", "threats". */
	public static String plural(SwotKind kind) {
		return switch (kind) {
			case STRENGTH -> "strengths";
			case WEAKNESS -> "weaknesses";
			case OPPORTUNITY -> "opportunities";
			case THREAT -> "threats";
		};
	}
}
