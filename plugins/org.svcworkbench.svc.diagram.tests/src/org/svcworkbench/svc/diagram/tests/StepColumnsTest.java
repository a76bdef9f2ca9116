package org.svcworkbench.svc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.diagram.blueprint.StepColumns;
import org.svcworkbench.svc.diagram.blueprint.StepColumns.Placement;

/**
 * A blueprint whose flows make one chain is placed without ELK: its columns and ranks must be
 * those ELK's layering gives, whatever the order the steps are described in; any other flows
 * still go to ELK.
 */
class StepColumnsTest {

	@Test
	void aChainInAnyDescriptionOrderGetsElksColumns() {
		Random random = new Random(7);
		for (int steps = 1; steps <= 40; steps++) {
			for (int round = 0; round < 3; round++) {
				List<String> path = ids(steps);
				Collections.shuffle(path, random);
				List<String> described = new ArrayList<>(path);
				Collections.shuffle(described, random);
				Map<String, double[]> sizes = sizes(described, random);
				List<String[]> flows = new ArrayList<>();
				for (int i = 0; i + 1 < path.size(); i++) {
					flows.add(new String[] { path.get(i), path.get(i + 1) });
					if (random.nextInt(5) == 0) {
						flows.add(new String[] { path.get(i), path.get(i + 1) }); // said twice
					}
				}
				if (random.nextBoolean()) {
					flows.add(new String[] { path.get(0), "noSuchStep" }); // left out, as ELK is never given it
				}
				Collections.shuffle(flows, random);
				Map<String, Placement> placed = StepColumns.place(sizes, flows);
				assertEquals(StepColumns.placeWithElk(sizes, flows), placed, "steps " + path);
				assertEquals(List.copyOf(sizes.keySet()), List.copyOf(placed.keySet()), "description order kept");
				assertEquals(steps - 1, placed.get(path.get(steps - 1)).column(), "the chain's last step stands last");
			}
		}
	}

	@Test
	void branchesJoinsLoneStepsAndCyclesAreLeftToElk() {
		Random random = new Random(11);
		Map<String, double[]> sizes = sizes(ids(5), random);
		// s1 joins s0's chain from the side: two steps share a column, as ELK layers them
		List<String[]> join = List.of(new String[] { "s0", "s2" }, new String[] { "s1", "s2" }, new String[] { "s2", "s3" },
				new String[] { "s3", "s4" });
		Map<String, Placement> placed = StepColumns.place(sizes, join);
		assertEquals(StepColumns.placeWithElk(sizes, join), placed);
		assertEquals(placed.get("s0").column(), placed.get("s1").column());
		assertNotEquals(placed.get("s0").rank(), placed.get("s1").rank());
		List<String[]> cycle = List.of(new String[] { "s0", "s1" }, new String[] { "s1", "s2" }, new String[] { "s2", "s3" },
				new String[] { "s3", "s4" }, new String[] { "s4", "s0" });
		assertEquals(StepColumns.placeWithElk(sizes, cycle), StepColumns.place(sizes, cycle));
		List<String[]> loneStep = List.of(new String[] { "s0", "s1" }, new String[] { "s1", "s2" }, new String[] { "s2", "s3" });
		assertEquals(StepColumns.placeWithElk(sizes, loneStep), StepColumns.place(sizes, loneStep));
	}

	private static List<String> ids(int steps) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			ids.add("s" + i);
		}
		return ids;
	}

	private static Map<String, double[]> sizes(List<String> described, Random random) {
		Map<String, double[]> sizes = new LinkedHashMap<>();
		for (String id : described) {
			sizes.put(id, new double[] { 80 + random.nextInt(120), 40 + random.nextInt(60) });
		}
		return sizes;
	}
}
