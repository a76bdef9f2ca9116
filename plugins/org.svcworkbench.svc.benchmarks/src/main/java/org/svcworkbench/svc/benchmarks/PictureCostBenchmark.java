package org.svcworkbench.svc.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;

/**
 * What a PNG's time is made of, shape by shape: every diagram of the services in the given .svc
 * files or folders painted and written as the product does ({@link PngRenderer#render}, one
 * renderer), first with no shape (the white picture, compressed), then with one kind of shape
 * only, then with all; each the median of N rounds over all the pictures. A kind's cost includes
 * compressing the pixels it paints.
 *   java -cp ... org.svcworkbench.svc.benchmarks.PictureCostBenchmark <.svc file or folder>... [--rounds N]
 * (releng/scripts/benchmark-png.sh runs it on 20 synthetic services).
 */
public final class PictureCostBenchmark {
	private PictureCostBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		DrawnDiagrams.Arguments arguments = DrawnDiagrams.Arguments.parse(args, 9);
		int rounds = arguments.rounds();
		List<Scene> scenes = DrawnDiagrams.of(arguments.paths()).values().stream().map(ServiceDiagrams.Drawn::scene).toList();
		Map<String, Predicate<Shape>> kinds = new LinkedHashMap<>();
		kinds.put("white picture alone", shape -> false);
		kinds.put("text", shape -> shape instanceof Shape.Text);
		kinds.put("rounded boxes", shape -> shape instanceof Shape.Box box && box.cornerRadius() > 0);
		kinds.put("square boxes", shape -> shape instanceof Shape.Box box && box.cornerRadius() <= 0);
		kinds.put("lines", shape -> shape instanceof Shape.Line);
		kinds.put("circles and diamonds", shape -> shape instanceof Shape.Circle || shape instanceof Shape.Diamond);
		kinds.put("everything", shape -> true);
		PngRenderer renderer = new PngRenderer();
		long pixels = 0;
		for (Scene scene : scenes) {
			double scale = PngRenderer.fittedScale(scene.width(), scene.height(), PngRenderer.DEFAULT_SCALE);
			pixels += (long) Math.ceil(scene.width() * scale) * (long) Math.ceil(scene.height() * scale);
		}
		for (Scene scene : scenes) { // every shape's painting compiled before the first kind is timed
			renderer.render(scene, PngRenderer.DEFAULT_SCALE);
		}
		System.out.printf("%d pictures, %.1f million pixels; ms for all of them, median of %d%n", scenes.size(), pixels / 1e6, rounds);
		for (Map.Entry<String, Predicate<Shape>> kind : kinds.entrySet()) {
			List<Scene> only = scenes.stream().map(scene -> new Scene(scene.id(), scene.title(), scene.width(), scene.height(),
					keep(scene.shapes(), kind.getValue()))).toList();
			long[] times = new long[rounds + 1];
			for (int round = 0; round <= rounds; round++) { // the first round warms up
				long start = System.nanoTime();
				for (Scene scene : only) {
					renderer.render(scene, PngRenderer.DEFAULT_SCALE);
				}
				times[round] = System.nanoTime() - start;
			}
			long[] measured = Arrays.copyOfRange(times, 1, times.length);
			Arrays.sort(measured);
			System.out.printf("%-22s %8.1f ms%n", kind.getKey(), measured[measured.length / 2] / 1e6);
		}
	}

	/** The shapes of the kind, groups kept (their children filtered) so that the painting order stays. */
	private static List<Shape> keep(List<Shape> shapes, Predicate<Shape> kind) {
		List<Shape> kept = new ArrayList<>();
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Group group) {
				kept.add(new Shape.Group(group.id(), group.tooltip(), keep(group.children(), kind)));
			} else if (kind.test(shape)) {
				kept.add(shape);
			}
		}
		return kept;
	}
}
