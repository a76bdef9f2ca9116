package org.svcworkbench.svc.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.svcworkbench.svc.diagram.render.PngRenderer;

/**
 * What a PNG costs, per diagram: rasterising (JSVG), then encoding by the JDK's ImageIO writer at
 * its default deflate level (4) and at level 1, and by pngencoder as the product does (level
 * {@link PngRenderer#DEFLATE_LEVEL}, one thread); median of N warm rounds, with the file size. The SVG files are those `svc generate --format svg` wrote.
 *   java -cp ... org.svcworkbench.svc.benchmarks.PngEncodingBenchmark <folder of .svg> [rounds]
 * (releng/scripts/benchmark-png.sh draws the diagrams and runs it).
 */
public final class PngEncodingBenchmark {
	private PngEncodingBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
			files = walk.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
		}
		List<String> encoders = List.of("ImageIO level 4", "ImageIO level 1", "product");
		System.out.printf("%-34s %11s %9s", "diagram", "pixels", "raster");
		for (String encoder : encoders) {
			System.out.printf(" %16s", encoder);
		}
		System.out.println("   (ms and KB, median of " + rounds + ")");
		for (Path file : files) {
			String svg = Files.readString(file, StandardCharsets.UTF_8);
			PngRenderer renderer = new PngRenderer();
			BufferedImage image = renderer.rasterise(svg, PngRenderer.DEFAULT_SCALE); // warm-up
			long[] raster = new long[rounds];
			for (int r = 0; r < rounds; r++) {
				long start = System.nanoTime();
				image = renderer.rasterise(svg, PngRenderer.DEFAULT_SCALE);
				raster[r] = System.nanoTime() - start;
			}
			String name = Path.of(args[0]).relativize(file).toString();
			System.out.printf("%-34s %11s %7d ms", name.length() > 34 ? name.substring(name.length() - 34) : name,
					image.getWidth() + "x" + image.getHeight(), median(raster) / 1_000_000);
			for (String encoder : encoders) {
				BufferedImage picture = image;
				java.util.function.Supplier<byte[]> encode = switch (encoder) {
					case "ImageIO level 4" -> () -> PngRenderer.encodeWithImageIo(picture, 4);
					case "ImageIO level 1" -> () -> PngRenderer.encodeWithImageIo(picture, 1);
					default -> () -> PngRenderer.encode(picture);
				};
				encode.get();
				long[] times = new long[rounds];
				int size = 0;
				for (int r = 0; r < rounds; r++) {
					long start = System.nanoTime();
					size = encode.get().length;
					times[r] = System.nanoTime() - start;
				}
				System.out.printf(" %6d ms %6d K", median(times) / 1_000_000, size / 1024);
			}
			System.out.println();
		}
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
