package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.design.SvcDesignServices;
import org.svcworkbench.svc.design.tests.odesign.OdesignChecker;
import org.svcworkbench.svc.design.tests.odesign.SiriusMetamodels;
import org.svcworkbench.svc.design.tests.odesign.SiriusMetamodels.Loaded;

/**
 * svc.odesign loads strictly against Sirius' own metamodels and passes every static check; and it
 * describes what the issue asks for: three representations, lanes in D14's order, the tools.
 */
class OdesignConformanceTest {

	private static Loaded loaded;

	@BeforeEach
	void load() throws Exception {
		loaded = SiriusMetamodels.fromSharedFolder().load(Viewpoint.odesign());
	}

	@Test
	void loadsStrictlyAgainstSiriusMetamodels() {
		assertEquals(List.of(), loaded.errors());
	}

	@Test
	void passesEveryStaticCheck() {
		assertEquals(List.of(), new OdesignChecker(loaded.resource(), SvcDesignServices.class).check());
	}

	@Test
	void oneViewpointForSvcFilesWithTheThreeRepresentations() {
		EObject viewpoint = Sirius.list(group(), "ownedViewpoints").get(0);
		assertEquals("svc", Sirius.get(viewpoint, "modelFileExtension"));
		List<String> representations = Sirius.list(viewpoint, "ownedRepresentations").stream()
				.map(r -> r.eClass().getName() + " " + Sirius.get(r, "name") + " on " + Sirius.get(r, "domainClass")).toList();
		assertEquals(List.of("DiagramDescription ServiceBlueprint on svc::Blueprint", "DiagramDescription CustomerJourney on svc::Journey",
				"CrossTableDescription ServiceMatrix on svc::ServiceMatrix"), representations);
	}

	@Test
	void blueprintLanesAreAVerticalStackOfRegionsInD14Order() {
		EObject lanes = Sirius.find(group(), "Lanes");
		assertEquals("VerticalStack", String.valueOf(Sirius.get(lanes, "childrenPresentation")));
		assertEquals(List.of("EvidenceLane", "CustomerLane", "LineOfInteraction", "OnstageLane", "LineOfVisibility", "BackstageLane",
				"LineOfInternalInteraction", "SupportLane"), Sirius.names(Sirius.list(lanes, "subContainerMappings")));
		// The three lines are thin dashed separators.
		for (String line : List.of("LineOfInteraction", "LineOfVisibility", "LineOfInternalInteraction")) {
			EObject style = (EObject) Sirius.get(Sirius.find(group(), line), "style");
			assertEquals("dash", String.valueOf(Sirius.get(style, "borderLineStyle")), line);
		}
	}

	@Test
	void stepsShowFailPointsWaitingPointsDecisionsAndEvidence() {
		for (String lane : List.of("Evidence", "Customer", "Onstage", "Backstage", "Support")) {
			EObject step = Sirius.find(group(), lane + "Step");
			String predicates = Sirius.list(step, "conditionnalStyles").stream().map(c -> (String) Sirius.get(c, "predicateExpression"))
					.collect(Collectors.joining(" | "));
			for (String feature : List.of("self.failPoint", "self.waitPoint", "self.decision", "self.evidence")) {
				assertTrue(predicates.contains(feature), lane + " steps need a conditional style on " + feature + ": " + predicates);
			}
			assertEquals("EditLabel", Sirius.get((EObject) Sirius.get(step, "labelDirectEdit"), "name"));
			assertEquals("DeleteStep", Sirius.get((EObject) Sirius.get(step, "deletionDescription"), "name"));
		}
	}

	@Test
	void blueprintToolsCreateAStepInEachLaneAndFlows() {
		List<EObject> tools = Sirius.list(Sirius.find(group(), "BlueprintTools"), "ownedTools");
		List<String> creations = tools.stream().filter(t -> t.eClass().getName().equals("NodeCreationDescription"))
				.map(t -> Sirius.names(Sirius.list(t, "nodeMappings")).get(0)).toList();
		assertEquals(List.of("EvidenceStep", "CustomerStep", "OnstageStep", "BackstageStep", "SupportStep"), creations);
		assertTrue(tools.stream().anyMatch(t -> t.eClass().getName().equals("EdgeCreationDescription")
				&& Sirius.names(Sirius.list(t, "edgeMappings")).equals(List.of("Flow"))));
	}

	@Test
	void touchpointsAreColouredOnTheSevenLevelScale() {
		EObject touchpoint = Sirius.find(group(), "Touchpoint");
		List<EObject> conditions = Sirius.list(touchpoint, "conditionnalStyles");
		assertEquals(7, conditions.size());
		List<String> colours = conditions.stream().map(c -> Sirius.get((EObject) Sirius.get((EObject) Sirius.get(c, "style"), "color"), "name"))
				.map(String::valueOf).distinct().toList();
		assertEquals(7, colours.size(), "each level its own colour: " + colours);
	}

	@Test
	void matrixCellsAreColouredByTheirRelations() {
		EObject cell = Sirius.find(group(), "Cell");
		List<String> predicates = Sirius.list(cell, "backgroundConditionalStyle").stream()
				.map(c -> (String) Sirius.get(c, "predicateExpression")).toList();
		assertEquals(List.of("aql:self.relationKind() = 'conflicts'", "aql:self.relationKind() = 'reinforces'",
				"aql:self.relationKind() = 'mixed'"), predicates);
		assertEquals("CreateCell", Sirius.get((EObject) Sirius.get(cell, "create"), "name"));
	}

	private static EObject group() {
		return loaded.resource().getContents().get(0);
	}
}
