package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.svcworkbench.svc.domain.BlueprintAnalysis;
import org.svcworkbench.svc.domain.Deadlines;
import org.svcworkbench.svc.domain.DeliveredValueCalculator;
import org.svcworkbench.svc.domain.MarketingMix;
import org.svcworkbench.svc.domain.RelationshipAdvisor;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.domain.StrategicOrientation;
import static org.svcworkbench.svc.domain.Written.written;
import org.svcworkbench.svc.svc.*;

import com.google.inject.Inject;

/**
 * The .svc domain rules. Each check asks a domain service and reports with a code from
 * {@link IssueCodes}; messages say what is wrong and what to do.
 */
@ComposedChecks(validators = NamesAreUniqueValidator.class)
public class SvcValidator extends AbstractSvcValidator {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
	private static final BigDecimal SCALE_MIN = BigDecimal.ONE;
	private static final BigDecimal SCALE_MAX = BigDecimal.valueOf(7);

	@Inject private MarketingMix marketingMix;
	@Inject private RelationshipAdvisor relationshipAdvisor;
	@Inject private SatisfactionScale satisfactionScale;
	@Inject private Deadlines deadlines;
	@Inject private BlueprintAnalysis blueprints;
	@Inject private StrategicOrientation strategicOrientation;
	@Inject private DeliveredValueCalculator deliveredValue;
	@Inject private DeclarationsIndex declarations;
	@Inject private IQualifiedNameProvider names;

	/* ------------------------------------------------------------ names across files */

	/** Names in one file are checked by NamesAreUniqueValidator; this catches clashes with other files. */
	@Check(CheckType.NORMAL)
	public void checkNameUniqueAcrossFiles(TopLevelElement element) {
		URI there = declarations.otherDeclaration(element);
		if (there != null) {
			error(kindOf(element.eClass()) + " '" + names.getFullyQualifiedName(element) + "' is also declared in " + there.lastSegment()
					+ ": all .svc files of a folder form one model, so rename one of them.",
					element, nameFeature(element), IssueCodes.DUPLICATE_NAME);
		}
	}

	/* ------------------------------------------------------------ D2: 7Ps */

	@Check
	public void checkMarketingMix(Service service) {
		List<MarketingMix.P> missing = marketingMix.missing(service);
		if (!missing.isEmpty()) {
			String which = missing.stream().map(p -> p.title + " ('" + p.keyword + "')").collect(Collectors.joining(", "));
			warning("Service '" + service.getName() + "' does not describe " + (missing.size() == 1 ? "the P " : "the Ps ")
					+ which + " of the 7Ps: add " + (missing.size() == 1 ? "a block" : "blocks") + " for "
					+ (missing.size() == 1 ? "it" : "them") + ".", service, TOP_LEVEL_ELEMENT__NAME, IssueCodes.MIX_P_MISSING,
					missing.stream().map(p -> p.keyword).toArray(String[]::new));
		}
		marketingMix.sections(service).forEach((p, blocks) -> {
			for (int i = 1; i < blocks.size(); i++) {
				error("The P " + p.title + " is described twice in service '" + service.getName() + "': merge the two '"
						+ p.keyword + "' blocks.", blocks.get(i), null, IssueCodes.MIX_P_REPEATED);
			}
		});
	}

	@Check
	public void checkPNotEmpty(ServiceMember member) {
		MarketingMix.P p = marketingMix.of(member);
		if (p != null && marketingMix.isEmpty(member)) {
			warning("The '" + p.keyword + "' block is empty: describe the P " + p.title + " or remove the block.", member,
					null, IssueCodes.MIX_P_EMPTY, p.keyword);
		}
	}

	@Check
	public void checkFreeService(PriceAmount price) {
		if (price.getAmount() != null && price.getAmount().getAmount() != null
				&& price.getAmount().getAmount().signum() == 0) {
			warning("A free service is risky (D8): customers stop valuing it and its cost erodes margins; price it separately or say how it is bundled.",
					price, PRICE_AMOUNT__AMOUNT, IssueCodes.PRICE_FREE_SERVICE);
		}
	}

	@Check
	public void checkCurrency(Money money) {
		if (money.getCurrency() != null && !CURRENCY.matcher(money.getCurrency()).matches()) {
			warning("Currency '" + money.getCurrency() + "' is not an ISO 4217 code: write three capital letters such as CNY, EUR or USD.",
					money, MONEY__CURRENCY, IssueCodes.CURRENCY_CODE);
		}
	}

	/* ------------------------------------------------------------ D1, D3, D5 */

	@Check
	public void checkCharacteristicsOnce(Characteristics block) {
		Set<CharacteristicKind> seen = EnumSet.noneOf(CharacteristicKind.class);
		for (Characteristic c : block.getEntries()) {
			if (!seen.add(c.getKind())) {
				warning("The characteristic '" + c.getKind().getLiteral() + "' is described twice: merge the two entries.", c,
						CHARACTERISTIC__KIND, IssueCodes.CHARACTERISTIC_REPEATED);
			}
		}
	}

	@Check
	public void checkPainsAnswered(ValueProposition proposition) {
		Set<Pain> answered = new HashSet<>();
		for (PropositionItem item : proposition.getItems()) {
			if (item instanceof Answer answer) {
				answered.addAll(answer.getPains());
			}
		}
		for (PropositionItem item : proposition.getItems()) {
			if (item instanceof Pain pain && !answered.contains(pain)) {
				warning("Pain '" + pain.getName() + "' is not answered: add 'answer " + pain.getName()
						+ " \"how the service relieves it\"'.", pain, PAIN__NAME, IssueCodes.PAIN_NOT_ANSWERED, pain.getName());
			}
		}
	}

	@Check
	public void checkCustomerServicesOnce(CustomerServices block) {
		Set<CustomerServiceKind> seen = EnumSet.noneOf(CustomerServiceKind.class);
		for (CustomerServiceOffer offer : block.getOffers()) {
			if (!seen.add(offer.getKind())) {
				warning("The customer service '" + offer.getKind().getLiteral() + "' is listed twice: merge the two entries.",
						offer, CUSTOMER_SERVICE_OFFER__KIND, IssueCodes.CUSTOMER_SERVICE_REPEATED);
			}
		}
	}

	/* ------------------------------------------------------------ D4: journey */

	@Check
	public void checkTouchpoint(Touchpoint touchpoint) {
		if (touchpoint.getChannel() == null) {
			warning("Touchpoint '" + touchpoint.getName() + "' has no channel: add 'channel <name>' (where the customer meets the service).",
					touchpoint, TOUCHPOINT__NAME, IssueCodes.TOUCHPOINT_NO_CHANNEL);
		}
		if (touchpoint.getOwner() == null) {
			warning("Touchpoint '" + touchpoint.getName() + "' has no owner: add 'owner <role>' (who is accountable for it).",
					touchpoint, TOUCHPOINT__NAME, IssueCodes.TOUCHPOINT_NO_OWNER);
		}
	}

	@Check
	public void checkJourneyStages(Journey journey) {
		Set<JourneyPhase> seen = EnumSet.noneOf(JourneyPhase.class);
		for (JourneyStage stage : journey.getStages()) {
			if (!seen.add(stage.getPhase())) {
				error("The journey has two '" + stage.getPhase().getLiteral() + "' stages: merge their touchpoints into one.",
						stage, JOURNEY_STAGE__PHASE, IssueCodes.JOURNEY_STAGE_REPEATED);
			}
		}
		List<String> missing = new ArrayList<>();
		for (JourneyPhase phase : JourneyPhase.VALUES) {
			if (!seen.contains(phase)) {
				missing.add(phase.getLiteral());
			}
		}
		if (!missing.isEmpty()) {
			String which = missing.size() == 1 ? missing.get(0)
					: String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
			warning("The journey has no stage for " + which + " purchase: add 'stage " + missing.get(0)
					+ " { touchpoint ... }' so the whole journey is covered (D4).", journey, null,
					IssueCodes.JOURNEY_STAGE_MISSING, missing.toArray(String[]::new));
		}
	}

	/* ------------------------------------------------------------ D6: standards */

	@Check
	public void checkStandard(Standard standard) {
		if (standard.getDeadline() == null) {
			warning("Standard '" + standard.getName() + "' has no deadline: add e.g. 'deadline within 2 days after <event>'.",
					standard, STANDARD__NAME, IssueCodes.STANDARD_NO_DEADLINE);
		}
		if (standard.getOwner() == null) {
			warning("Standard '" + standard.getName() + "' has no owner: add 'owner <role>'.", standard, STANDARD__NAME,
					IssueCodes.STANDARD_NO_OWNER);
		} else if (standard.getDeputy() != null && standard.getDeputy() == standard.getOwner()) {
			warning("The deputy of standard '" + standard.getName() + "' is its owner: name someone who covers when the owner is away.",
					standard, STANDARD__DEPUTY, IssueCodes.STANDARD_DEPUTY_IS_OWNER);
		}
		if (standard.getOwner() != null && standard.getEscalation() != null
				&& standard.getEscalation().getTo() == standard.getOwner()) {
			warning("Standard '" + standard.getName() + "' escalates to its own owner: escalate to the person who can decide, such as a supervisor.",
					standard.getEscalation(), ESCALATION__TO, IssueCodes.ESCALATION_TO_OWNER);
		}
		deadlines.anchorCycle(standard).ifPresent(cycle -> error("The deadlines of "
				+ cycle.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(" -> "))
				+ " depend on each other in a circle, so none can be scheduled: anchor one of them on an event.",
				standard.getDeadline(), RELATIVE_DEADLINE__ANCHOR, IssueCodes.DEADLINE_CYCLE));
	}

	@Check
	public void checkDeadlineWindow(RelativeDeadline deadline) {
		deadlines.window(deadline).ifPresent(window -> {
			if (window.isInverted()) {
				error("The deadline range ends before it starts (" + describe(deadline.getMin()) + " to "
						+ describe(deadline.getMax()) + "): write the shorter duration first.", deadline,
						RELATIVE_DEADLINE__MIN, IssueCodes.DEADLINE_INVERTED);
			} else if (window.isEmpty()) {
				error("A deadline of zero time cannot be met: use 'same-day' or give a duration greater than 0.", deadline,
						deadline.getMax() != null ? RELATIVE_DEADLINE__MAX : RELATIVE_DEADLINE__MIN,
						IssueCodes.DEADLINE_IMPOSSIBLE);
			}
		});
	}

	@Check
	public void checkRecurringDeadline(RecurringDeadline deadline) {
		if (deadline.getCount() != null && deadline.getCount().signum() == 0) {
			error("'every 0 " + deadline.getUnit().getLiteral() + "' never recurs: give a period greater than 0.", deadline,
					RECURRING_DEADLINE__COUNT, IssueCodes.DEADLINE_IMPOSSIBLE);
		}
	}

	@Check
	public void checkEscalation(Escalation escalation) {
		if (escalation.getWithin() != null && escalation.getWithin().getValue().signum() == 0) {
			error("Escalating within zero time cannot be met: give a duration greater than 0.", escalation,
					ESCALATION__WITHIN, IssueCodes.DEADLINE_IMPOSSIBLE);
		}
	}

	/* ------------------------------------------------------------ D7: service matrix */

	@Check
	public void checkMatrix(ServiceMatrix matrix) {
		Set<Channel> providers = new HashSet<>(matrix.getProviders());
		Map<String, MatrixCell> cells = new HashMap<>();
		for (MatrixCell cell : matrix.getCells()) {
			if (cell.getProvider() != null && !cell.getProvider().eIsProxy() && !providers.contains(cell.getProvider())) {
				error("Channel '" + cell.getProvider().getName() + "' is not a provider of matrix '" + matrix.getName()
						+ "': add it to 'providers' or choose one of the listed providers.", cell, MATRIX_CELL__PROVIDER,
						IssueCodes.MATRIX_PROVIDER_UNDECLARED);
			}
			MatrixCell earlier = cells.putIfAbsent(key(cell.getStage(), cell.getProvider()), cell);
			if (earlier != null) {
				error("There is already a cell for stage '" + cell.getStage().getName() + "' at '" + cell.getProvider().getName()
						+ "': merge the two cells.", cell, MATRIX_CELL__STAGE, IssueCodes.MATRIX_CELL_REPEATED);
			}
		}
		Set<Channel> providersWithCells = new HashSet<>();
		Set<LifecycleStage> stagesWithCells = new HashSet<>();
		matrix.getCells().forEach(cell -> {
			providersWithCells.add(cell.getProvider());
			stagesWithCells.add(cell.getStage());
		});
		for (int i = 0; i < matrix.getProviders().size(); i++) {
			Channel provider = matrix.getProviders().get(i);
			if (!provider.eIsProxy() && !providersWithCells.contains(provider)) {
				warning("Provider '" + provider.getName() + "' has no cell in matrix '" + matrix.getName()
						+ "': say what it provides at some stage, or remove it (D7: partners should know their role).", matrix,
						SERVICE_MATRIX__PROVIDERS, i, IssueCodes.MATRIX_PROVIDER_EMPTY);
			}
		}
		for (LifecycleStage stage : matrix.getStages()) {
			if (!stagesWithCells.contains(stage)) {
				warning("Stage '" + stage.getName() + "' has no cell in matrix '" + matrix.getName()
						+ "': say which provider serves customers at this stage, or remove it.", stage, LIFECYCLE_STAGE__NAME,
						IssueCodes.MATRIX_STAGE_EMPTY);
			}
		}
		for (MatrixCell cell : matrix.getCells()) {
			for (CellRelation relation : cell.getRelations()) {
				if (relation.getStage() == null || relation.getProvider() == null || relation.getStage().eIsProxy()
						|| relation.getProvider().eIsProxy()) {
					continue;
				}
				MatrixCell target = cells.get(key(relation.getStage(), relation.getProvider()));
				if (target == null) {
					error("No cell '" + relation.getStage().getName() + " at " + relation.getProvider().getName()
							+ "' exists for this cell to " + verb(relation.getKind()) + ": add that cell first or name an existing one.", relation,
							CELL_RELATION__STAGE, IssueCodes.MATRIX_RELATION_NO_CELL);
				} else if (target == cell) {
					warning("A cell cannot " + verb(relation.getKind()) + " itself: name another cell.",
							relation, CELL_RELATION__STAGE, IssueCodes.MATRIX_RELATION_SELF);
				}
			}
		}
	}

	private static String verb(CellRelationKind kind) {
		return kind == CellRelationKind.REINFORCES ? "reinforce" : "conflict with";
	}

	private static String key(LifecycleStage stage, Channel provider) {
		return System.identityHashCode(stage) + "@" + System.identityHashCode(provider);
	}

	/* ------------------------------------------------------------ D9, D10 */

	@Check
	public void checkRelationshipLevel(Segment segment) {
		if (written(segment, SEGMENT__CUSTOMERS) && written(segment, SEGMENT__MARGIN) && written(segment, SEGMENT__RELATIONSHIP)) {
			Set<RelationshipLevel> recommended = relationshipAdvisor.recommended(segment.getCustomers(), segment.getMargin());
			if (!recommended.contains(segment.getRelationship())) {
				String levels = recommended.stream().map(RelationshipLevel::getLiteral).collect(Collectors.joining(" or "));
				warning("Segment '" + segment.getName() + "' has " + segment.getCustomers().getLiteral() + " customers and "
						+ segment.getMargin().getLiteral() + " margin, for which the recommended relationship level is " + levels
						+ ", not " + segment.getRelationship().getLiteral() + " (D10).", segment, SEGMENT__RELATIONSHIP,
						IssueCodes.RELATIONSHIP_LEVEL, levels);
			}
		}
	}

	@Check
	public void checkOrientation(Orientation orientation) {
		if (written(orientation, ORIENTATION__PRODUCT_QUALITY) && written(orientation, ORIENTATION__SERVICE_LEVEL)) {
			OrientationKind expected = strategicOrientation.quadrant(orientation.getProductQuality(), orientation.getServiceLevel());
			if (expected != orientation.getKind()) {
				warning("Product quality " + orientation.getProductQuality().getLiteral() + " and service level "
						+ orientation.getServiceLevel().getLiteral() + " make a " + expected.getLiteral()
						+ "-oriented service (D9), not " + orientation.getKind().getLiteral() + "-oriented.", orientation,
						ORIENTATION__KIND, IssueCodes.ORIENTATION_QUADRANT, expected.getLiteral());
			}
		}
	}

	/* ------------------------------------------------------------ D11-D13 */

	@Check
	public void checkSurveyWeights(SatisfactionSurvey survey) {
		if (survey.getItems().isEmpty()) {
			return;
		}
		BigDecimal total = satisfactionScale.totalWeight(survey);
		if (total.compareTo(SatisfactionScale.FULL_WEIGHT) != 0) {
			error("The survey item weights add up to " + total.stripTrailingZeros().toPlainString()
					+ "%, not 100%: adjust them so the weighted score is meaningful.", survey, null, IssueCodes.SURVEY_WEIGHTS);
		}
	}

	@Check
	public void checkQualityDimension(QualityDimension dimension) {
		boolean inScale = true;
		inScale &= checkScale(dimension, dimension.getDesired(), QUALITY_DIMENSION__DESIRED);
		inScale &= checkScale(dimension, dimension.getAdequate(), QUALITY_DIMENSION__ADEQUATE);
		inScale &= checkScale(dimension, dimension.getPerceived(), QUALITY_DIMENSION__PERCEIVED);
		if (!inScale || dimension.getDesired() == null || dimension.getAdequate() == null) {
			return;
		}
		if (dimension.getAdequate().compareTo(dimension.getDesired()) > 0) {
			error("The adequate level of " + dimension.getKind().getLiteral() + " (" + plain(dimension.getAdequate())
					+ ") is above the desired level (" + plain(dimension.getDesired())
					+ "): the adequate level is the least a customer accepts, so it cannot exceed what they desire.",
					dimension, QUALITY_DIMENSION__ADEQUATE, IssueCodes.QUALITY_ADEQUATE_ABOVE_DESIRED);
		} else if (dimension.getPerceived() != null && dimension.getPerceived().compareTo(dimension.getAdequate()) < 0) {
			info("Perceived " + dimension.getKind().getLiteral() + " (" + plain(dimension.getPerceived())
					+ ") is below the zone of tolerance (" + plain(dimension.getAdequate()) + " to "
					+ plain(dimension.getDesired()) + "): customers are dissatisfied here.", dimension,
					QUALITY_DIMENSION__PERCEIVED, IssueCodes.QUALITY_BELOW_TOLERANCE);
		}
	}

	private boolean checkScale(QualityDimension dimension, BigDecimal value, org.eclipse.emf.ecore.EAttribute feature) {
		if (value != null && (value.compareTo(SCALE_MIN) < 0 || value.compareTo(SCALE_MAX) > 0)) {
			error("Service-quality levels are on the 1 to 7 scale; " + plain(value) + " is outside it.", dimension, feature,
					IssueCodes.QUALITY_OUT_OF_SCALE);
			return false;
		}
		return true;
	}

	@Check
	public void checkConvenienceAudit(ConvenienceAudit audit) {
		if (audit.getItems().isEmpty()) {
			return;
		}
		Set<ConvenienceType> covered = EnumSet.noneOf(ConvenienceType.class);
		audit.getItems().forEach(item -> covered.add(item.getType()));
		List<String> missing = new ArrayList<>();
		for (ConvenienceType type : ConvenienceType.VALUES) {
			if (!covered.contains(type)) {
				missing.add(type.getLiteral());
			}
		}
		if (!missing.isEmpty()) {
			warning("The convenience audit has no " + String.join(", ", missing) + " question"
					+ (missing.size() > 1 ? "s" : "") + " (D13 names five types): add one per type.", audit, null,
					IssueCodes.CONVENIENCE_TYPE_MISSING, missing.toArray(String[]::new));
		}
	}

	/* ------------------------------------------------------------ D14: blueprint */

	@Check
	public void checkFlow(Flow flow) {
		if (flow.getSteps().size() == 1) {
			Step only = flow.getSteps().get(0);
			error("The flow from '" + (only.eIsProxy() ? "?" : only.getName())
					+ "' goes nowhere: add '-> <step>' to say which step follows.", flow, FLOW__STEPS, 0,
					IssueCodes.FLOW_NOWHERE);
			return;
		}
		int loop = blueprints.selfLoopIndex(flow);
		if (loop > 0) {
			error("The flow from '" + flow.getSteps().get(loop).getName()
					+ "' leads back to the same step and goes nowhere: point it at the next step.", flow, FLOW__STEPS, loop,
					IssueCodes.FLOW_NOWHERE);
		}
	}

	@Check
	public void checkBlueprintSteps(Blueprint blueprint) {
		if (blueprint.getSteps().size() < 2) {
			return;
		}
		String first = blueprint.getSteps().get(0).getName();
		for (Step step : blueprints.unreached(blueprint)) {
			warning("No flow reaches step '" + step.getName() + "': add a flow such as 'flow <step> -> " + step.getName()
					+ "' (the first step, '" + first + "', is where the blueprint starts).", step, STEP__NAME,
					IssueCodes.STEP_UNREACHED);
		}
	}

	@Check
	public void checkStep(Step step) {
		if (blueprints.isCustomerVisible(step) && step.getEvidence().isEmpty()) {
			warning("Step '" + step.getName() + "' is visible to the customer (" + step.getLane().getLiteral()
					+ ") but shows no physical evidence: add 'shows <cue>' with a cue from the evidence block.", step, STEP__NAME,
					IssueCodes.STEP_NO_EVIDENCE);
		}
		Role actor = step.getActor();
		if (step.getLane() == Lane.ONSTAGE && actor != null && !actor.eIsProxy() && actor.getPosition() == StagePosition.BACK
				&& written(actor, ROLE__POSITION)) {
			warning("Role '" + actor.getName() + "' works back-stage (position back) but performs onstage step '"
					+ step.getName() + "': move the step backstage or give the role a front position.", step, STEP__ACTOR,
					IssueCodes.STEP_BACKSTAGE_ROLE_ONSTAGE);
		}
	}

	/* ------------------------------------------------------------ D8, D15, D16 */

	@Check
	public void checkTriangle(MarketingTriangle triangle) {
		Set<TriangleSideKind> sides = EnumSet.noneOf(TriangleSideKind.class);
		triangle.getSides().forEach(side -> sides.add(side.getKind()));
		for (TriangleSideKind kind : TriangleSideKind.VALUES) {
			if (!sides.contains(kind)) {
				warning("The marketing triangle has no " + kind.getLiteral() + " side (" + triangleMeaning(kind)
						+ "): add '" + kind.getLiteral() + " \"...\"'.", triangle, null, IssueCodes.TRIANGLE_SIDE_MISSING,
						kind.getLiteral());
			}
		}
	}

	private static String triangleMeaning(TriangleSideKind kind) {
		return switch (kind) {
			case EXTERNAL -> "making promises to customers";
			case INTERNAL -> "enabling employees to keep them";
			case INTERACTIVE -> "keeping promises when staff meet customers";
		};
	}

	@Check
	public void checkDeliveredValue(DeliveredValue block) {
		deliveredValue.balance(block).ifPresent(balance -> {
			if (balance.delivered().signum() < 0) {
				warning("Customer delivered value is negative: total value " + plain(balance.totalValue())
						+ " is below total cost " + plain(balance.totalCost())
						+ " (D16); raise a value component or cut a cost.", block, null, IssueCodes.DELIVERED_VALUE_NEGATIVE);
			}
		});
	}

	@Check
	public void checkPortfolio(Portfolio portfolio) {
		for (int i = 0; i < portfolio.getServices().size(); i++) {
			Service service = portfolio.getServices().get(i);
			if (!service.eIsProxy() && EcoreUtil2.typeSelect(service.getMembers(), Market.class).isEmpty()) {
				warning("Service '" + service.getName() + "' is in portfolio '" + portfolio.getName()
						+ "' but has no market data: add a 'market { segments ... }' block to it (D8).", portfolio,
						PORTFOLIO__SERVICES, i, IssueCodes.PORTFOLIO_NO_MARKET);
			}
		}
	}

	/* ------------------------------------------------------------ helpers */

	private String describe(Duration duration) {
		if (duration == null) {
			return "?";
		}
		String unit = duration.getUnit().getName().toLowerCase();
		return plain(duration.getValue()) + " " + (duration.getValue().compareTo(BigDecimal.ONE) == 0 ? unit.replaceAll("s$", "") : unit);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static org.eclipse.emf.ecore.EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	static String kindOf(EClass eClass) {
		String name = eClass.getName();
		return name.substring(0, 1) + name.substring(1).replaceAll("([A-Z])", " $1").toLowerCase();
	}
}
