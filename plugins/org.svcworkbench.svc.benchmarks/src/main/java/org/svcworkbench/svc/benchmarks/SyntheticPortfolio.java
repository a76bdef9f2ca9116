package org.svcworkbench.svc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic portfolio as a user would keep it: N services ({@link SyntheticModels}), 20
 * files to a folder model, one folder per 20 services; or as many to a folder as the third argument
 * says (all in one folder, as a team that keeps every service side by side does).
 *   java -cp svc-benchmarks.jar org.svcworkbench.svc.benchmarks.SyntheticPortfolio <dir> <services> [files per folder]
 */
public final class SyntheticPortfolio {
	private SyntheticPortfolio() {
	}

	static final int FILES_PER_FOLDER = 20;

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		int services = Integer.parseInt(args[1]);
		int perFolder = args.length > 2 ? Integer.parseInt(args[2]) : FILES_PER_FOLDER;
		long bytes = 0;
		for (int i = 0; i < services; i++) {
			Path folder = Files.createDirectories(root.resolve(String.format("part%03d", i / perFolder)));
			String text = SyntheticModels.service(i);
			Files.writeString(folder.resolve(String.format("s%05d.svc", i)), text, StandardCharsets.UTF_8);
			bytes += text.getBytes(StandardCharsets.UTF_8).length;
		}
		System.out.printf("%,d services in %d folders, %.1f MB%n", services, (services + perFolder - 1) / perFolder,
				bytes / 1e6);
	}
}
