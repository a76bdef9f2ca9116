package org.svcworkbench.svc.validation;

import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/**
 * The .svc domain rules, one group per domain area. Each check asks a plain domain service
 * ({@code org.svcworkbench.svc.domain}) and reports with a code from {@link IssueCodes}; messages say
 * what is wrong and what to do.
 */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, NamesValidator.class, MarketingMixValidator.class,
		OfferingValidator.class, JourneyValidator.class, StandardsValidator.class, MatrixValidator.class,
		StrategyValidator.class, SatisfactionValidator.class, BlueprintValidator.class, PortfolioValidator.class,
		AnalysisValidator.class, TextsValidator.class })
public class SvcValidator extends AbstractSvcValidator {
}
