package org.svcworkbench.svc.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.render.PngRenderer;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;

/**
 * What a PNG costs, per diagram of the services in the given .svc files: painting the scene at the
 * product's scale into an image, then encoding it by the JDK's ImageIO writer at its default deflate
 * level (4) and at level 1, and by pngencoder at level 1 on one thread (the product's writer until
 * December 2026); the JDK's zlib alone at level 1 over the rows' bytes, unfiltered (how the product
 * compressed them until it had {@code ScanlineDeflater}: the size is of the zlib stream only); and
 * the product's whole path, painting and writing the file ({@link PngRenderer#render}); median of N
 * warm rounds, with the file size.
 *   java -cp ... org.svcworkbench.svc.benchmarks.PngEncodingBenchmark <.svc file or folder>... [--rounds N]
 * (releng/scripts/benchmark-png.sh makes the diagrams' models and runs it).
 */
public final class PngEncodingBenchmark {
	private PngEncodingBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		DrawnDiagrams.Arguments arguments = DrawnDiagrams.Arguments.parse(args, 5);
		int rounds = arguments.rounds();
		Map<String, ServiceDiagrams.Drawn> drawn = DrawnDiagrams.of(arguments.paths());
		List<String> encoders = List.of("ImageIO level 4", "ImageIO level 1", "pngencoder", "zlib level 1");
		System.out.printf("%-34s %11s %9s", "diagram", "pixels", "paint");
		for (String encoder : encoders) {
			System.out.printf(" %16s", encoder);
		}
		System.out.printf(" %16s", "product");
		System.out.println("   (ms and KB, median of " + rounds + ")");
		PngRenderer renderer = new PngRenderer();
		long[] totals = new long[2 + encoders.size()];
		for (Map.Entry<String, ServiceDiagrams.Drawn> entry : drawn.entrySet()) {
			var scene = entry.getValue().scene();
			BufferedImage image = renderer.rasterise(scene, PngRenderer.DEFAULT_SCALE); // warm-up
			long[] paint = new long[rounds];
			for (int r = 0; r < rounds; r++) {
				long start = System.nanoTime();
				image = renderer.rasterise(scene, PngRenderer.DEFAULT_SCALE);
				paint[r] = System.nanoTime() - start;
			}
			String name = entry.getKey();
			totals[0] += median(paint);
			System.out.printf("%-34s %11s %6.1f ms", name.length() > 34 ? name.substring(name.length() - 34) : name,
					image.getWidth() + "x" + image.getHeight(), median(paint) / 1e6);
			for (int e = 0; e < encoders.size(); e++) {
				BufferedImage picture = image;
				Supplier<byte[]> encode = switch (encoders.get(e)) {
					case "ImageIO level 4" -> () -> PngRenderer.encodeWithImageIo(picture, 4);
					case "ImageIO level 1" -> () -> PngRenderer.encodeWithImageIo(picture, 1);
					case "zlib level 1" -> zlibLevel1(picture);
					default -> () -> new PngEncoder().withBufferedImage(picture).withCompressionLevel(1)
							.withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(192))
							.withMultiThreadedCompressionEnabled(false).toBytes();
				};
				encode.get();
				long[] times = new long[rounds];
				int size = 0;
				for (int r = 0; r < rounds; r++) {
					long start = System.nanoTime();
					size = encode.get().length;
					times[r] = System.nanoTime() - start;
				}
				totals[1 + e] += median(times);
				System.out.printf(" %6.1f ms %6d K", median(times) / 1e6, size / 1024);
			}
			long[] rendered = new long[rounds];
			int size = renderer.render(scene, PngRenderer.DEFAULT_SCALE).length;
			for (int r = 0; r < rounds; r++) {
				long start = System.nanoTime();
				renderer.render(scene, PngRenderer.DEFAULT_SCALE);
				rendered[r] = System.nanoTime() - start;
			}
			totals[1 + encoders.size()] += median(rendered);
			System.out.printf(" %6.1f ms %6d K", median(rendered) / 1e6, size / 1024);
			System.out.println();
		}
		System.out.printf("%-34s %11s %6.1f ms", "all", "", totals[0] / 1e6);
		for (int e = 0; e <= encoders.size(); e++) {
			System.out.printf(" %6.1f ms %8s", totals[1 + e] / 1e6, "");
		}
		System.out.println();
	}

	/** Deflates the picture's rows as the product did before: each unfiltered behind its filter byte, zlib level 1. */
	private static Supplier<byte[]> zlibLevel1(BufferedImage picture) {
		int width = picture.getWidth(), height = picture.getHeight();
		byte[] rows = new byte[(1 + 3 * width) * height];
		int[] pixels = new int[width];
		for (int y = 0, at = 0; y < height; y++) {
			picture.getRGB(0, y, width, 1, pixels, 0, width);
			at++; // filter type 0
			for (int pixel : pixels) {
				rows[at++] = (byte) (pixel >> 16);
				rows[at++] = (byte) (pixel >> 8);
				rows[at++] = (byte) pixel;
			}
		}
		return () -> {
			java.util.zip.Deflater deflater = new java.util.zip.Deflater(1);
			try {
				deflater.setInput(rows);
				deflater.finish();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rows.length / 40);
				byte[] buffer = new byte[1 << 16];
				while (!deflater.finished()) {
					out.write(buffer, 0, deflater.deflate(buffer));
				}
				return out.toByteArray();
			} finally {
				deflater.end();
			}
		};
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
