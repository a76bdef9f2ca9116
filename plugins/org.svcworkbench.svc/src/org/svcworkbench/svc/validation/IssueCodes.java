package org.svcworkbench.svc.validation;

/**
 * Stable codes of every .svc diagnostic, used by the validator, quick fixes and tests alike.
 * docs/language-reference.md documents each one.
 */
public final class IssueCodes {
	private IssueCodes() {
	}

	private static final String PREFIX = "svc.";

	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	public static final String MIX_P_MISSING = PREFIX + "mix.p-missing";
	public static final String MIX_P_EMPTY = PREFIX + "mix.p-empty";
	public static final String MIX_P_REPEATED = PREFIX + "mix.p-repeated";
	public static final String MIX_P_OUT_OF_SCOPE_DESCRIBED = PREFIX + "mix.p-out-of-scope-described";
	public static final String PRICE_FREE_SERVICE = PREFIX + "price.free-service";
	public static final String CURRENCY_CODE = PREFIX + "money.currency-code";
	public static final String CHARACTERISTIC_REPEATED = PREFIX + "characteristic.repeated";
	public static final String PAIN_NOT_ANSWERED = PREFIX + "proposition.pain-not-answered";
	public static final String TOUCHPOINT_NO_CHANNEL = PREFIX + "touchpoint.no-channel";
	public static final String TOUCHPOINT_CHANNEL_CONFLICT = PREFIX + "touchpoint.channel-conflict";
	public static final String TOUCHPOINT_NO_OWNER = PREFIX + "touchpoint.no-owner";
	public static final String JOURNEY_STAGE_MISSING = PREFIX + "journey.stage-missing";
	public static final String JOURNEY_STAGE_REPEATED = PREFIX + "journey.stage-repeated";
	public static final String CUSTOMER_SERVICE_REPEATED = PREFIX + "customer-service.repeated";
	public static final String STANDARD_NO_DEADLINE = PREFIX + "standard.no-deadline";
	public static final String STANDARD_NO_OWNER = PREFIX + "standard.no-owner";
	public static final String STANDARD_DEPUTY_IS_OWNER = PREFIX + "standard.deputy-is-owner";
	public static final String ESCALATION_TO_OWNER = PREFIX + "standard.escalation-to-owner";
	public static final String DEADLINE_INVERTED = PREFIX + "deadline.inverted";
	public static final String DEADLINE_IMPOSSIBLE = PREFIX + "deadline.impossible";
	public static final String DEADLINE_CYCLE = PREFIX + "deadline.cycle";
	public static final String STANDARD_BEHAVIOUR_WITH_DEADLINE = PREFIX + "standard.behaviour-with-deadline";
	public static final String DEADLINE_ANCHOR_UNDATED = PREFIX + "deadline.anchor-undated";
	public static final String ESCALATION_AFTER_DEADLINE = PREFIX + "standard.escalation-after-deadline";
	public static final String MATRIX_PROVIDER_UNDECLARED = PREFIX + "matrix.provider-undeclared";
	public static final String MATRIX_PROVIDER_EMPTY = PREFIX + "matrix.provider-empty";
	public static final String MATRIX_STAGE_EMPTY = PREFIX + "matrix.stage-empty";
	public static final String MATRIX_CELL_REPEATED = PREFIX + "matrix.cell-repeated";
	public static final String MATRIX_RELATION_NO_CELL = PREFIX + "matrix.relation-no-cell";
	public static final String MATRIX_RELATION_SELF = PREFIX + "matrix.relation-self";
	public static final String RELATIONSHIP_LEVEL = PREFIX + "segment.relationship-level";
	public static final String ORIENTATION_QUADRANT = PREFIX + "orientation.quadrant";
	public static final String SURVEY_WEIGHTS = PREFIX + "satisfaction.weights";
	public static final String QUALITY_ADEQUATE_ABOVE_DESIRED = PREFIX + "quality.adequate-above-desired";
	public static final String QUALITY_OUT_OF_SCALE = PREFIX + "quality.out-of-scale";
	public static final String QUALITY_BELOW_TOLERANCE = PREFIX + "quality.below-tolerance";
	public static final String CONVENIENCE_TYPE_MISSING = PREFIX + "convenience.type-missing";
	public static final String FLOW_NOWHERE = PREFIX + "blueprint.flow-nowhere";
	public static final String STEP_UNREACHED = PREFIX + "blueprint.step-unreached";
	public static final String STEP_NO_EVIDENCE = PREFIX + "blueprint.step-no-evidence";
	public static final String STEP_BACKSTAGE_ROLE_ONSTAGE = PREFIX + "blueprint.backstage-role-onstage";
	public static final String TRIANGLE_SIDE_MISSING = PREFIX + "triangle.side-missing";
	public static final String DELIVERED_VALUE_NEGATIVE = PREFIX + "delivered-value.negative";
	public static final String PORTFOLIO_NO_MARKET = PREFIX + "portfolio.no-market";
	public static final String SERVICE_HEADER_REPEATED = PREFIX + "service.header-repeated";
	public static final String RATING_OUT_OF_SCALE = PREFIX + "rating.out-of-scale";
	public static final String SCORE_OUT_OF_RANGE = PREFIX + "rating.score-out-of-range";
	public static final String RATING_SCORE_DISAGREE = PREFIX + "rating.score-disagrees";
	public static final String LOYALTY_INDICATOR_VALUE = PREFIX + "loyalty.indicator-value";
	public static final String LOYALTY_INDICATOR_REPEATED = PREFIX + "loyalty.indicator-repeated";
	public static final String LOYALTY_TYPES_REPEATED = PREFIX + "loyalty.types-repeated";
	public static final String SWOT_STRATEGY_FACTORS = PREFIX + "swot.strategy-factors";
	public static final String SWOT_AXIS = PREFIX + "swot.axis";
	public static final String SWOT_OPPORTUNITY_UNPLANNED = PREFIX + "swot.opportunity-unplanned";
	public static final String SWOT_THREAT_UNADDRESSED = PREFIX + "swot.threat-unaddressed";
	public static final String MANAGEMENT_STEP_MISSING = PREFIX + "management.step-missing";
	public static final String MARKET_PATTERN_SEGMENTS = PREFIX + "market.pattern-segments";
	public static final String SEGMENT_APPROACH_LEVEL = PREFIX + "segment.approach-level";
	public static final String STAKEHOLDER_NO_MARKET = PREFIX + "stakeholder.no-market";
	public static final String DELIVERY_FACTORS_DISAGREE = PREFIX + "delivery.factors-disagree";
	public static final String DECISION_BRANCHES = PREFIX + "blueprint.decision-branches";
	public static final String DECISION_UNLABELLED = PREFIX + "blueprint.decision-unlabelled";
	public static final String ANSWER_NOT_CARRIED = PREFIX + "proposition.answer-not-carried";
	public static final String TEXT_REPLACEMENT_CHARACTER = PREFIX + "text.replacement-character";
}
