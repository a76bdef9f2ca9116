package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.design.SvcDesignServices;
import org.svcworkbench.svc.words.Vocabulary;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.Touchpoint;

import com.google.inject.Injector;

/** The viewpoint's Java services, without Sirius: labels, flows, deletion that keeps the model valid, colours. */
class SvcDesignServicesTest {

	private static final Injector INJECTOR = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();

	private static final String BLUEPRINT = """
			service repair {
				people { role clerk "Service clerk" }
				evidence { cue card "Job card" }
				blueprint visit {
					step a "Arrive" customer { shows card }
					step b "Check in" onstage by clerk { fail "Queue at the desk" }
					step c "Repair" backstage { wait 2 hours "Parts on order" }
					step z "Order parts" support
					flow a -> b -> c -> z "done"
					flow b -> c
					flow a -> b
				}
			}
			""";

	private final SvcDesignServices services = new SvcDesignServices(Vocabulary.of("en"));

	@Test
	void stepsAreLabelledWithTheirActorAndExplainedInTheTooltip() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT);
		assertEquals("Check in\nby Service clerk", services.stepLabel(step(blueprint, "b")));
		assertEquals("Arrive", services.stepLabel(step(blueprint, "a")));
		assertEquals("Check in\nFail point: Queue at the desk", services.stepTooltip(step(blueprint, "b")));
		assertEquals("Repair\nWaiting point: Parts on order (2 h)", services.stepTooltip(step(blueprint, "c")));
		assertEquals("Arrive\nEvidence shown at a step: Job card", services.stepTooltip(step(blueprint, "a")));
		assertEquals("z", new SvcDesignServices(Vocabulary.of("en")).displayLabel(unlabelled(step(blueprint, "z"))));
	}

	@Test
	void laneAndLineTitlesFollowTheDiagramLanguage() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT);
		assertEquals("Customer actions", services.laneTitle(blueprint, "CUSTOMER"));
		assertEquals("line of visibility", services.lineTitle(blueprint, "VISIBILITY"));
		SvcDesignServices chinese = new SvcDesignServices(Vocabulary.of("zh"));
		assertEquals("顾客行为", chinese.laneTitle(blueprint, "CUSTOMER"));
		assertEquals("内部互动分界线", chinese.lineTitle(blueprint, "INTERNAL"));
		assertEquals("支持过程", chinese.laneTitle(blueprint, "SUPPORT"));
		// One vocabulary: the viewpoint says what the diagrams say, without needing the diagram bundle.
		assertEquals(org.svcworkbench.svc.diagram.DiagramLanguage.ZH.laneTitles().get(1), chinese.laneTitle(blueprint, "CUSTOMER"));
		assertEquals(org.svcworkbench.svc.diagram.DiagramLanguage.EN.dividers().get(1), services.lineTitle(blueprint, "VISIBILITY"));
		String required = org.osgi.framework.FrameworkUtil.getBundle(SvcDesignServices.class).getHeaders().get("Require-Bundle");
		assertTrue(!required.contains("org.svcworkbench.svc.diagram"), required);
	}

	@Test
	void successorsAreEachStepAFlowLeadsToOnce() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT);
		assertEquals(List.of("b"), names(services.successors(step(blueprint, "a"))), "a -> b written twice is one arrow");
		assertEquals(List.of("c"), names(services.successors(step(blueprint, "b"))));
		assertEquals(List.of(), names(services.successors(step(blueprint, "z"))));
	}

	@Test
	void aChainsLabelBelongsToItsLastArrow() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT);
		assertEquals("done", services.hopLabel(step(blueprint, "c"), edgeTo(step(blueprint, "z"))));
		assertEquals("", services.hopLabel(step(blueprint, "b"), edgeTo(step(blueprint, "c"))));
		assertEquals("", services.hopLabel(step(blueprint, "a"), null));
	}

	@Test
	void deletingAnArrowCutsTheChainsThatHaveIt() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT);
		services.deleteHop(step(blueprint, "b"), edgeTo(step(blueprint, "c")));
		assertEquals(List.of("a -> b", "c -> z \"done\"", "a -> b"), flows(blueprint));
		assertTrue(save(blueprint).contains("flow c -> z \"done\""), save(blueprint));
	}

	@Test
	void deletingAStepNeverJoinsTheFlowsAcrossIt() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT);
		services.deleteStep(step(blueprint, "c"));
		assertEquals(List.of("a -> b", "a -> b"), flows(blueprint), "a -> b -> c -> z loses c: a -> b stays, z alone is no flow");
		assertEquals(List.of("a", "b", "z"), names(blueprint.getSteps()));
		String text = save(blueprint);
		assertFalse(text.contains("step c"), text);
		assertFalse(text.contains("-> c"), text);
	}

	@Test
	void newNamesAreFreeInTheFile() throws IOException {
		Blueprint blueprint = blueprint(BLUEPRINT.replace("step z ", "step step1 ").replace("-> z", "-> step1"));
		assertEquals("step2", services.newName(blueprint, "step"));
		assertEquals("touchpoint1", services.newName(blueprint, "touchpoint"));
		Resource sibling = blueprint.eResource().getResourceSet().createResource(URI.createURI("memory:/sibling.svc"));
		sibling.load(new ByteArrayInputStream("channel touchpoint1\n".getBytes(StandardCharsets.UTF_8)), Map.of());
		assertEquals("touchpoint2", services.newName(blueprint, "touchpoint"), "a name another file of the folder uses is taken");
	}

	@Test
	void touchpointsShowChannelOwnerAndSatisfaction() throws IOException {
		EObject model = parse("""
				channel web "Web shop"
				service shop {
					people { role clerk "Clerk" }
					journey {
						stage before { touchpoint find "Find us" { channel web owner clerk rating fairly-satisfied emotion calm } }
						stage during "Buying" { touchpoint pay "Pay" { rating 2 } touchpoint wait "Wait" }
					}
					blueprint b { step s "Pay" customer { touchpoint pay } }
				}
				""");
		List<Touchpoint> touchpoints = all(model, Touchpoint.class);
		assertEquals(5, services.satisfaction(touchpoints.get(0)));
		assertEquals(2, services.satisfaction(touchpoints.get(1)));
		assertEquals(0, services.satisfaction(touchpoints.get(2)), "not rated");
		assertEquals("Find us\nChannel: Web shop\nOwner: Clerk\n5 · fairly satisfied · calm", services.touchpointLabel(touchpoints.get(0)));
		assertEquals("Wait\nnot rated", services.touchpointLabel(touchpoints.get(2)));
		List<JourneyStage> stages = all(model, JourneyStage.class);
		assertEquals("Before purchase", services.stageLabel(stages.get(0)));
		assertEquals("Buying", services.stageLabel(stages.get(1)));

		Step step = all(model, Step.class).get(0);
		services.deleteTouchpoint(touchpoints.get(1));
		assertNull(step.getTouchpoint(), "the step no longer points at the deleted touchpoint");
		assertEquals(2, all(model, Touchpoint.class).size());
	}

	@Test
	void matrixCellsKnowHowTheyTakePartInRelations() throws IOException {
		EObject model = parse("""
				channel desk
				channel app
				channel insurer
				service s {
					matrix m {
						stages book, repair, pay
						providers desk, app, insurer
						cell book at desk "Phone booking" reinforces book at app
						cell book at app "Online booking"
						cell repair at insurer "Claims" conflicts pay at desk
						cell pay at desk "Invoice"
						cell pay at app "E-invoice" reinforces pay at desk
						cell repair at desk "Repair"
					}
				}
				""");
		List<MatrixCell> cells = all(model, MatrixCell.class);
		assertEquals(List.of("reinforces", "reinforces", "conflicts", "mixed", "reinforces", "none"),
				cells.stream().map(services::relationKind).toList());
	}

	/* ------------------------------------------------------------ helpers */

	/** A stand-in for Sirius' DEdge: the services only read targetNode.target by name, so this shape is enough. */
	private static EObject edgeTo(EObject target) {
		EPackage views = EcoreFactory.eINSTANCE.createEPackage();
		views.setName("views");
		EClass node = EcoreFactory.eINSTANCE.createEClass();
		node.setName("DNode");
		EReference targetRef = EcoreFactory.eINSTANCE.createEReference();
		targetRef.setName("target");
		targetRef.setEType(EcorePackage.Literals.EOBJECT);
		node.getEStructuralFeatures().add(targetRef);
		EClass edge = EcoreFactory.eINSTANCE.createEClass();
		edge.setName("DEdge");
		EReference targetNode = EcoreFactory.eINSTANCE.createEReference();
		targetNode.setName("targetNode");
		targetNode.setEType(node);
		edge.getEStructuralFeatures().add(targetNode);
		views.getEClassifiers().addAll(List.of(node, edge));
		EObject nodeView = EcoreUtil.create(node);
		nodeView.eSet(targetRef, target);
		EObject edgeView = EcoreUtil.create(edge);
		edgeView.eSet(targetNode, nodeView);
		return edgeView;
	}

	private static Step unlabelled(Step step) {
		step.setLabel(null);
		return step;
	}

	private static EObject parse(String text) throws IOException {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/model.svc"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		assertEquals(List.of(), resource.getErrors());
		EcoreUtil.resolveAll(resource);
		return resource.getContents().get(0);
	}

	private static Blueprint blueprint(String text) throws IOException {
		return all(parse(text), Blueprint.class).get(0);
	}

	private static <T> List<T> all(EObject root, Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		root.eAllContents().forEachRemaining(e -> {
			if (type.isInstance(e)) {
				found.add(type.cast(e));
			}
		});
		return found;
	}

	private static Step step(Blueprint blueprint, String name) {
		return blueprint.getSteps().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(List<Step> steps) {
		return steps.stream().map(Step::getName).toList();
	}

	private static List<String> flows(Blueprint blueprint) {
		return blueprint.getFlows().stream().map(SvcDesignServicesTest::flow).toList();
	}

	private static String flow(Flow flow) {
		return String.join(" -> ", names(flow.getSteps())) + (flow.getLabel() == null ? "" : " \"" + flow.getLabel() + "\"");
	}

	/** The model as Xtext writes it back: the proof that an edit left a valid .svc file. */
	private static String save(EObject element) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		element.eResource().save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
		return out.toString(StandardCharsets.UTF_8);
	}
}
