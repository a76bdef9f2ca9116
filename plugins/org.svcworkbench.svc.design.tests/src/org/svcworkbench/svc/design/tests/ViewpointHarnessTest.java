package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.design.SvcDesignServices;
import org.svcworkbench.svc.words.Vocabulary;
import org.svcworkbench.svc.design.tests.aql.AqlChecker;
import org.svcworkbench.svc.design.tests.aql.AqlEvaluator;
import org.svcworkbench.svc.design.tests.odesign.OdesignChecker;
import org.svcworkbench.svc.design.tests.odesign.OdesignChecker.ContextualExpression;
import org.svcworkbench.svc.design.tests.odesign.SiriusMetamodels;
import org.svcworkbench.svc.design.tests.odesign.SiriusMetamodels.Loaded;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.vocabulary.VocabularyPackage;

/**
 * Evaluates the viewpoint's expressions on the examples (walking features by name, calling the
 * services) to show they yield what each mapping is meant to show: the customer lane of the
 * car-repair blueprint its customer steps, one arrow per hop of the flows, and so on. Then every
 * expression outside the tools runs on every element of its context class in all the examples.
 */
class ViewpointHarnessTest {

	private static EObject group;
	private static SiriusMetamodels metamodels;
	private static List<ContextualExpression> expressions;
	private static AqlEvaluator evaluator;
	private static ResourceSet carRepair;
	private static Blueprint reception;

	@BeforeEach
	void setUp() throws Exception {
		SiriusMetamodels found = SiriusMetamodels.fromSharedFolder();
		if (metamodels != null) {
			return; // loaded for an earlier test of this class
		}
		metamodels = found;
		Loaded loaded = metamodels.load(Viewpoint.odesign());
		group = loaded.resource().getContents().get(0);
		OdesignChecker checker = new OdesignChecker(loaded.resource(), SvcDesignServices.class);
		checker.check();
		expressions = checker.contextualExpressions();
		List<EPackage> packages = List.of(SvcPackage.eINSTANCE, VocabularyPackage.eINSTANCE, EcorePackage.eINSTANCE);
		evaluator = new AqlEvaluator(new AqlChecker(packages, SvcDesignServices.class), new SvcDesignServices(Vocabulary.of("en")));
		carRepair = Viewpoint.loadExample("car-repair");
		reception = Viewpoint.all(carRepair, Blueprint.class).get(0);
	}

	@Test
	void theExamplesLoadThroughTheDesignBundlesResourceFactory() {
		assertEquals("业务接待", reception.getName());
		for (Resource resource : carRepair.getResources()) {
			assertEquals(List.of(), resource.getErrors(), resource.getURI().lastSegment());
		}
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(carRepair).isEmpty(), "links across files resolve");
	}

	@Test
	void eachLaneShowsTheStepsOfItsLane() {
		Map<String, List<String>> lanes = new HashMap<>();
		for (String lane : List.of("Evidence", "Customer", "Onstage", "Backstage", "Support")) {
			lanes.put(lane, names(evaluate(candidates(lane + "Step"), reception)));
		}
		assertEquals(List.of("驶入", "确认报价", "视检结算"), lanes.get("Customer"));
		assertEquals(List.of("迎接客户", "问诊", "报价", "预约", "增项", "通知取车", "恭送", "跟踪"), lanes.get("Onstage"));
		assertEquals(List.of("洗车", "维修", "质检"), lanes.get("Backstage"));
		assertEquals(List.of("派工系统"), lanes.get("Support"));
		assertEquals(List.of(), lanes.get("Evidence"));
		Set<String> all = new LinkedHashSet<>();
		lanes.values().forEach(all::addAll);
		assertEquals(reception.getSteps().size(), all.size(), "every step in exactly one lane");
	}

	@Test
	void everyRegionShowsTheBlueprintItself() {
		for (EObject region : Sirius.list(Sirius.find(group, "Lanes"), "subContainerMappings")) {
			assertEquals(List.of(reception), evaluate((String) Sirius.get(region, "semanticCandidatesExpression"), reception));
		}
		assertEquals(List.of(reception), evaluate(candidates("Lanes"), reception));
	}

	@Test
	void flowsBecomeOneArrowPerHopLabelledAtTheEndOfTheChain() {
		String finder = (String) Sirius.get(Sirius.find(group, "Flow"), "targetFinderExpression");
		assertEquals(List.of("确认报价", "预约"), names(evaluate(finder, step("报价"))));
		assertEquals(List.of("质检", "增项"), names(evaluate(finder, step("维修"))));
		assertEquals(List.of("维修"), names(evaluate(finder, step("派工系统"))));
		assertEquals(List.of(), names(evaluate(finder, step("跟踪"))));

		String label = (String) Sirius.get(centerLabel("Flow"), "labelExpression");
		assertEquals("发现增项", evaluateOne(label, step("增项"), Map.of("view", edgeView(step("维修")))));
		assertEquals("", evaluateOne(label, step("维修"), Map.of("view", edgeView(step("增项")))));
		assertEquals("当场进厂", evaluateOne(label, step("报价"), Map.of("view", edgeView(step("确认报价")))));
	}

	@Test
	void theEvidenceLaneShowsTheCuesTheStepsShowJoinedToThem() {
		assertEquals(List.of("业务厅环境", "工作服", "接车单", "报价单", "增项确认单", "竣工检验单", "服务短信", "洗净的车", "结算单"),
				names(evaluate(candidates("ShownCue"), reception)));
		String shows = (String) Sirius.get(Sirius.find(group, "Shows"), "targetFinderExpression");
		assertEquals(List.of("洗净的车", "结算单"), names(evaluate(shows, step("视检结算"))));
	}

	@Test
	void stepStylesMarkFailPointsWaitingPointsDecisionsAndEvidence() {
		EObject mapping = Sirius.find(group, "OnstageStep");
		assertEquals("fail", borderOfChosenStyle(mapping, step("问诊")));
		assertEquals("decision", borderOfChosenStyle(Sirius.find(group, "OnstageStep"), step("报价")));
		assertEquals("wait", borderOfChosenStyle(Sirius.find(group, "BackstageStep"), step("维修")));
		assertEquals("evidenceFill", colourOfChosenStyle(Sirius.find(group, "CustomerStep"), step("驶入")));
		assertEquals("stepFill", colourOfChosenStyle(Sirius.find(group, "BackstageStep"), step("洗车")));
		assertEquals("询问需求、诊断\nby 业务接待员",
				evaluateOne((String) Sirius.get((EObject) Sirius.get(mapping, "style"), "labelExpression"), step("问诊"), Map.of()));
	}

	@Test
	void journeyStagesHoldTheirTouchpointsColouredBySatisfaction() {
		Journey journey = Viewpoint.all(carRepair, Journey.class).get(0);
		List<Object> stages = evaluate(candidates("Stage"), journey);
		assertEquals(List.of("进厂前", "在厂", "离厂后"), stages.stream().map(s -> (String) ((EObject) s).eGet(SvcPackage.Literals.JOURNEY_STAGE__LABEL)).toList());
		assertEquals(List.of("接车问诊", "增项确认", "交车"), names(evaluate(candidates("Touchpoint"), (EObject) stages.get(1))));

		EObject touchpointMapping = Sirius.find(group, "Touchpoint");
		SatisfactionScale scale = new SatisfactionScale();
		for (Touchpoint touchpoint : Viewpoint.all(carRepair, Touchpoint.class)) {
			List<Integer> matching = new ArrayList<>();
			List<EObject> conditions = Sirius.list(touchpointMapping, "conditionnalStyles");
			for (int level = 1; level <= conditions.size(); level++) {
				if (Boolean.TRUE.equals(evaluateOne((String) Sirius.get(conditions.get(level - 1), "predicateExpression"), touchpoint, Map.of()))) {
					matching.add(level);
				}
			}
			assertEquals(List.of(scale.level(touchpoint).getAsInt()), matching, touchpoint.getName());
		}
	}

	@Test
	void theMatrixCrossesStagesWithProvidersAndColoursRelations() {
		ServiceMatrix matrix = Viewpoint.all(carRepair, ServiceMatrix.class).get(0);
		EObject table = Sirius.find(group, "ServiceMatrix");
		List<Object> lines = evaluate(candidates("LifecycleStage"), matrix);
		List<Object> columns = evaluate(candidates("Provider"), matrix);
		assertEquals(List.of("预约", "接车", "维修", "交车", "跟踪"), names(lines));
		assertEquals(matrix.getProviders(), columns);

		EObject cellMapping = Sirius.find(table, "Cell");
		List<Object> cells = evaluate((String) Sirius.get(cellMapping, "semanticCandidatesExpression"), matrix);
		assertEquals(matrix.getCells(), cells);
		Map<String, String> colours = new HashMap<>();
		for (Object each : cells) {
			MatrixCell cell = (MatrixCell) each;
			assertTrue(lines.contains(evaluateOne((String) Sirius.get(cellMapping, "lineFinderExpression"), cell, Map.of())));
			assertTrue(columns.contains(evaluateOne((String) Sirius.get(cellMapping, "columnFinderExpression"), cell, Map.of())));
			assertEquals(cell.getText(), evaluateOne((String) Sirius.get(cellMapping, "labelExpression"), cell, Map.of()));
			String colour = "cellPlain";
			for (EObject conditional : Sirius.list(cellMapping, "backgroundConditionalStyle")) {
				if (Boolean.TRUE.equals(evaluateOne((String) Sirius.get(conditional, "predicateExpression"), cell, Map.of()))) {
					colour = String.valueOf(Sirius.get((EObject) Sirius.get((EObject) Sirius.get(conditional, "style"), "backgroundColor"), "name"));
					break;
				}
			}
			colours.put(cell.getStage().getName() + "@" + cell.getProvider().getName(), colour);
		}
		assertEquals("cellConflicts", colours.get("维修@合作保险公司"));
		assertEquals("cellMixed", colours.get("交车@业务厅"), "reinforced by wechat, in conflict with the insurer");
		assertEquals("cellReinforces", colours.get("预约@phone"));
		assertEquals("cellPlain", colours.get("接车@业务厅"));
	}

	/** Every expression outside the tools, on every element of its context class, in every example. */
	@Test
	void everyExpressionEvaluatesOnEveryExample() throws Exception {
		int evaluations = 0;
		for (String example : List.of("cafe", "car-repair", "hotel")) {
			ResourceSet models = Viewpoint.loadExample(example);
			for (ContextualExpression expression : expressions) {
				for (EObject self : instances(models, expression.self())) {
					try {
						evaluator.evaluate(expression.expression(), variables(self, Map.of()));
						evaluations++;
					} catch (RuntimeException e) {
						throw new AssertionError(example + ": " + expression.where() + " '" + expression.expression() + "' on "
								+ EcoreUtil.getURI(self) + ": " + e.getMessage(), e);
					}
				}
			}
		}
		assertTrue(evaluations > 500, "only " + evaluations + " evaluations: the examples do not exercise the viewpoint");
		assertFalse(expressions.isEmpty());
	}

	/* ------------------------------------------------------------ helpers */

	private static String candidates(String mapping) {
		return (String) Sirius.get(Sirius.find(group, mapping), "semanticCandidatesExpression");
	}

	private static EObject centerLabel(String edgeMapping) {
		return (EObject) Sirius.get((EObject) Sirius.get(Sirius.find(group, edgeMapping), "style"), "centerLabelStyleDescription");
	}

	private static String borderOfChosenStyle(EObject mapping, Step step) {
		return String.valueOf(Sirius.get((EObject) Sirius.get(chosenStyle(mapping, step), "borderColor"), "name"));
	}

	private static String colourOfChosenStyle(EObject mapping, Step step) {
		return String.valueOf(Sirius.get((EObject) Sirius.get(chosenStyle(mapping, step), "color"), "name"));
	}

	/** Sirius applies the first conditional style whose predicate holds, else the mapping's style. */
	private static EObject chosenStyle(EObject mapping, EObject self) {
		for (EObject conditional : Sirius.list(mapping, "conditionnalStyles")) {
			if (Boolean.TRUE.equals(evaluateOne((String) Sirius.get(conditional, "predicateExpression"), self, Map.of()))) {
				return (EObject) Sirius.get(conditional, "style");
			}
		}
		return (EObject) Sirius.get(mapping, "style");
	}

	/** A Sirius DEdge (from Sirius' own metamodel) whose target node shows the given step. */
	private static EObject edgeView(Step target) {
		EPackage diagram = metamodels.resourceSet().getPackageRegistry().getEPackage("http://www.eclipse.org/sirius/diagram/1.1.0");
		EObject node = EcoreUtil.create((EClass) diagram.getEClassifier("DNode"));
		node.eSet(node.eClass().getEStructuralFeature("target"), target);
		EObject edge = EcoreUtil.create((EClass) diagram.getEClassifier("DEdge"));
		edge.eSet(edge.eClass().getEStructuralFeature("targetNode"), node);
		return edge;
	}

	private static Step step(String name) {
		return reception.getSteps().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<Object> evaluate(String expression, EObject self) {
		return AqlEvaluator.asList(evaluateOne(expression, self, Map.of()));
	}

	private static Object evaluateOne(String expression, EObject self, Map<String, Object> extra) {
		return evaluator.evaluate(expression, variables(self, extra));
	}

	private static Map<String, Object> variables(EObject self, Map<String, Object> extra) {
		Map<String, Object> variables = new HashMap<>();
		for (String sirius : List.of("diagram", "table", "viewpoint", "viewPoint", "view", "container", "containerView", "root", "line",
				"lineSemantic", "column", "columnSemantic", "element", "sourceView", "targetView", "source", "target")) {
			variables.put(sirius, null);
		}
		variables.putAll(extra);
		variables.put("self", self);
		return variables;
	}

	private static List<String> names(List<Object> elements) {
		return elements.stream().map(e -> (String) ((EObject) e).eGet(((EObject) e).eClass().getEStructuralFeature("name"))).toList();
	}

	private static List<EObject> instances(ResourceSet models, EClass type) {
		List<EObject> found = new ArrayList<>();
		for (Resource resource : models.getResources()) {
			resource.getAllContents().forEachRemaining(e -> {
				if (type.isInstance(e)) {
					found.add(e);
				}
			});
		}
		return found;
	}
}
