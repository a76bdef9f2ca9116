package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Hidden: the class-data training run of the build (see the CLI's pom). One JVM runs what users
 * run, by default validate and then generate the diagrams as SVG, so that the archive holds the
 * classes of both (Xtext and EMF; ELK and the AWT font code). Not PNG: the JVM loads every class
 * of the archive before main, and Java2D's painting classes made every run that draws no PNG
 * (the default formats, a diagram as SVG) about 3 MB heavier, while a PNG run loads them from the
 * JDK no later than before. {@code --commands=validate,format} trains the smaller archive of the
 * commands that only check. Its output is thrown away.
 */
@Command(name = "training-run", hidden = true, description = "Build use only: trains the class-data archive on a folder.")
class TrainingRunCommand implements Callable<Integer> {

	@Parameters(paramLabel = "FOLDER", description = "the models to train on (examples/)")
	Path folder;

	@Option(names = "--commands", split = ",", defaultValue = "validate,generate", description = "validate, format, generate")
	List<String> commands;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Path out = Files.createTempDirectory("svc-training");
		try {
			PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
			int worst = 0;
			List<String> summary = new ArrayList<>();
			for (String command : commands) {
				String[] args = switch (command) {
					case "validate" -> new String[] { "validate", "-q", folder.toString() };
					case "format" -> new String[] { "format", "--check", folder.toString() };
					case "generate" -> new String[] { "generate", "-q", "--format", "svg", "-o", out.toString(), folder.toString() };
					default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown command to train: " + command);
				};
				int code = SvcCommand.commandLine(quiet, quiet, args).execute(args);
				summary.add(command + " exited " + code);
				worst = Math.max(worst, code);
			}
			spec.commandLine().getOut().println("training run: " + String.join(", ", summary));
			return worst;
		} finally {
			try (var files = Files.walk(out)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
