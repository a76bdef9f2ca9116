package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.ConnectionKind;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.tests.DiagramModels.ServiceBlueprint;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Service;

/** Geometry of laid-out blueprints: the examples in both languages, and synthetic ones of 10, 50 and 200 steps. */
class BlueprintLayoutTest {

	private static final DiagramFont FONT = DiagramFont.installed();

	static Stream<ServiceBlueprint> examples() {
		List<ServiceBlueprint> all = DiagramModels.exampleBlueprints();
		assertTrue(all.size() >= 4, "the examples have at least four blueprints, found " + all);
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleBlueprintKeepsTheRules(ServiceBlueprint example) {
		for (DiagramLanguage language : DiagramLanguage.values()) {
			LaidOutBlueprint laidOut = new ServiceDiagrams(FONT, language).layOut(example.service(), example.blueprint());
			assertEquals(List.of(), new BlueprintGeometry(laidOut, FONT).all(), example + " in " + language);
			assertEquals(example.blueprint().getSteps().size(),
					laidOut.boxes().stream().filter(b -> b.box().id().startsWith("step-")).count(), "every step is drawn");
		}
	}

	@ParameterizedTest(name = "{0} steps")
	@ValueSource(ints = { 10, 50, 200 })
	void syntheticBlueprintsKeepTheRules(int steps) {
		Service service = DiagramModels.parse(DiagramModels.syntheticBlueprint(steps, 20261125L + steps));
		Blueprint blueprint = (Blueprint) service.getMembers().stream().filter(Blueprint.class::isInstance).findFirst().orElseThrow();
		LaidOutBlueprint laidOut = new ServiceDiagrams(FONT, DiagramLanguage.EN).layOut(service, blueprint);
		assertEquals(List.of(), new BlueprintGeometry(laidOut, FONT).all());
		assertEquals(steps, laidOut.boxes().stream().filter(b -> b.box().id().startsWith("step-")).count());
		assertTrue(laidOut.connections().stream().filter(c -> c.connection().kind() == ConnectionKind.FLOW).count() >= steps - 1);
	}

	@Test
	void theCarRepairBlueprintReadsAsItsProcess() {
		ServiceBlueprint carRepair = examples().filter(e -> e.name().startsWith("car-repair/")).findFirst().orElseThrow();
		LaidOutBlueprint laidOut = new ServiceDiagrams(FONT, DiagramLanguage.ZH).layOut(carRepair.service(), carRepair.blueprint());
		// The customer drives in first, the follow-up call comes last.
		int first = laidOut.box("step-驶入").column(), last = laidOut.box("step-跟踪").column();
		assertTrue(laidOut.boxes().stream().allMatch(b -> b.column() >= first && b.column() <= last));
		assertTrue(first < last);
		// Lane titles and the three lines are in Chinese.
		assertEquals("顾客行为", String.join("", laidOut.lanes().get(1).title().lines()));
		assertEquals(List.of("互动分界线", "可视分界线", "内部互动分界线"), laidOut.dividers().stream().map(d -> d.label()).toList());
		// Fail and wait badges where the model puts them, with the wait time.
		assertTrue(laidOut.box("step-问诊").badges().stream().anyMatch(b -> b.badge().kind().name().equals("FAIL")));
		assertTrue(laidOut.box("step-维修").badges().stream().anyMatch(b -> b.badge().text().equals("3 小时")));
		// The quotation is shown as evidence above its step, in the evidence lane.
		var evidence = laidOut.box("evidence-报价");
		assertEquals(0, evidence.box().lane());
		assertTrue(evidence.bounds().bottom() <= laidOut.box("step-报价").bounds().y());
		assertFalse(laidOut.legend().isEmpty());
	}
}
