package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden: the class-data training run of the build (see the CLI's pom). One JVM runs what users
 * run, validate and then generate with both formats, so that the archive holds the classes of
 * both (Xtext and EMF; ELK, JSVG and the AWT font code). Its output is thrown away.
 */
@Command(name = "training-run", hidden = true, description = "Build use only: trains the class-data archive on a folder.")
class TrainingRunCommand implements Callable<Integer> {

	@Parameters(paramLabel = "FOLDER", description = "the models to train on (examples/)")
	Path folder;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Path out = Files.createTempDirectory("svc-training");
		try {
			PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
			int validate = SvcCommand.commandLine(quiet, quiet).execute("validate", "-q", folder.toString());
			int generate = SvcCommand.commandLine(quiet, quiet)
					.execute("generate", "-q", "--format", "svg,png", "-o", out.toString(), folder.toString());
			spec.commandLine().getOut().println("training run: validate exited " + validate + ", generate " + generate);
			return Math.max(validate, generate);
		} finally {
			try (var files = Files.walk(out)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
