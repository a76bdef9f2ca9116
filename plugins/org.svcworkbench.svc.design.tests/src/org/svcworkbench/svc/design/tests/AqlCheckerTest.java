package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.design.SvcDesignServices;
import org.svcworkbench.svc.design.tests.aql.AqlChecker;
import org.svcworkbench.svc.design.tests.aql.AqlType;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.VocabularyPackage;

/** The AQL type checker on chains the viewpoint does not use yet (it needs no Sirius metamodels). */
class AqlCheckerTest {

	private static final List<EPackage> PACKAGES = List.of(SvcPackage.eINSTANCE, VocabularyPackage.eINSTANCE, EcorePackage.eINSTANCE);

	@Test
	void chainsAreTypedThroughCollectAndSelectLambdas() {
		AqlChecker checker = new AqlChecker(PACKAGES, SvcDesignServices.class);
		AqlType type = checker.check("self.stages->collect(s | s.touchpoints)->select(t | t.channel <> null).channel.label",
				journey());
		assertEquals(List.of(), checker.problems());
		assertEquals("Collection(EString)", type.toString());
	}

	@Test
	void aWrongFeatureDeepInALambdaIsNamedWithItsType() {
		AqlChecker checker = new AqlChecker(PACKAGES, SvcDesignServices.class);
		checker.check("self.stages->collect(s | s.touchpoints->select(t | t.channel.kinds = vocabulary::ChannelKind::WEB))", journey());
		assertEquals(1, checker.problems().size(), checker.problems().toString());
		assertEquals(true, checker.problems().get(0).startsWith("Channel has no feature 'kinds'"), checker.problems().get(0));
	}

	@Test
	void servicesAreTypedByTheirJavaSignature() {
		AqlChecker checker = new AqlChecker(PACKAGES, SvcDesignServices.class);
		AqlType type = checker.check("self.stages.touchpoints->select(t | t.satisfaction() >= 5)->first().touchpointLabel().size()",
				journey());
		assertEquals(List.of(), checker.problems());
		assertEquals("EInt", type.toString());
		checker.check("self.satisfaction()", journey());
		assertEquals(1, checker.problems().size(), "satisfaction takes a Touchpoint, not a Journey");
	}

	@Test
	void comparisonsOfUnlikeValuesAreMistakes() {
		AqlChecker checker = new AqlChecker(PACKAGES, SvcDesignServices.class);
		checker.check("self.stages->select(s | s.phase = vocabulary::Lane::CUSTOMER)", journey());
		assertEquals(List.of("'=' compares JourneyPhase with Lane, which is never true"), checker.problems());
	}

	private static Map<String, AqlType> journey() {
		return Map.of("self", AqlType.single(SvcPackage.Literals.JOURNEY));
	}
}
