package org.svcworkbench.svc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One synthetic process of n steps over the four action lanes of a blueprint, written twice: as a
 * .svc blueprint and as the equivalent PlantUML swimlane activity diagram, for the diagram
 * benchmark (releng/scripts/benchmark-diagrams.sh). The steps run in order through the lanes;
 * every seventh arrow is labelled. PlantUML gets the same steps, lanes, order and labels.
 *
 * <pre>java ... SyntheticBlueprints &lt;folder&gt; &lt;steps&gt;...</pre>
 */
public final class SyntheticBlueprints {

	private static final String[] LANES = { "customer", "onstage", "backstage", "support" };
	private static final String[] LANE_TITLES = { "Customer", "Onstage", "Backstage", "Support" };

	record Step(String name, String label, int lane) {
	}

	static List<Step> steps(int n, long seed) {
		Random random = new Random(seed);
		List<Step> steps = new ArrayList<>();
		int lane = 0;
		for (int i = 0; i < n; i++) {
			// Mostly stay in the lane or move one lane, as real processes do.
			lane = Math.max(0, Math.min(3, lane + random.nextInt(3) - 1));
			String label = "Step " + i + (random.nextInt(4) == 0 ? " with a longer label that has to wrap" : "");
			steps.add(new Step("s" + i, label, lane));
		}
		return steps;
	}

	static String svc(List<Step> steps) {
		StringBuilder text = new StringBuilder("service Synthetic \"Synthetic service\" {\n\tblueprint big \"Synthetic blueprint of ")
				.append(steps.size()).append(" steps\" {\n");
		for (Step step : steps) {
			text.append("\t\tstep ").append(step.name()).append(" \"").append(step.label()).append("\" ").append(LANES[step.lane()])
					.append('\n');
		}
		for (int i = 1; i < steps.size(); i++) {
			text.append("\t\tflow ").append(steps.get(i - 1).name()).append(" -> ").append(steps.get(i).name());
			if (i % 7 == 0) {
				text.append(" \"branch ").append(i).append('"');
			}
			text.append('\n');
		}
		return text.append("\t}\n}\n").toString();
	}

	static String plantUml(List<Step> steps) {
		StringBuilder text = new StringBuilder("@startuml\ntitle Synthetic blueprint of " + steps.size() + " steps\n");
		for (String lane : LANE_TITLES) {
			text.append('|').append(lane).append("|\n");
		}
		text.append('|').append(LANE_TITLES[steps.get(0).lane()]).append("|\nstart\n");
		int lane = steps.get(0).lane();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (i > 0 && i % 7 == 0) {
				text.append("-> branch ").append(i).append(";\n");
			}
			if (step.lane() != lane) {
				lane = step.lane();
				text.append('|').append(LANE_TITLES[lane]).append("|\n");
			}
			text.append(':').append(step.label()).append(";\n");
		}
		return text.append("stop\n@enduml\n").toString();
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		for (int i = 1; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			List<Step> steps = steps(n, 20261125L + n);
			// A folder each: all .svc files of a folder form one model, and both declare service Synthetic.
			Path svcFolder = Files.createDirectories(folder.resolve("svc-" + n));
			Files.writeString(svcFolder.resolve("blueprint-" + n + ".svc"), svc(steps), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("blueprint-" + n + ".puml"), plantUml(steps), StandardCharsets.UTF_8);
		}
	}

	private SyntheticBlueprints() {
	}
}
