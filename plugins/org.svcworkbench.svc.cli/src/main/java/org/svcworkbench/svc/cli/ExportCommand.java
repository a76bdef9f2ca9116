package org.svcworkbench.svc.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.FileProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** svc export --json: the whole model as JSON, to standard output or a file; the schema is svc generate's. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes the whole model as JSON.", "",
				"The shape of svc-model.schema.json, which svc generate --format json writes; to standard output, or "
						+ "atomically to the file -o names. Files with errors are reported and left out." },
		parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:exported", "1:the model has errors (the files without errors were exported)",
				"2:bad command line, a path that does not exist, or a file that could not be written" })
class ExportCommand implements Callable<Integer> {

	@Mixin
	ModelPaths input;

	@Option(names = "--json", required = true, description = "JSON, the one export format")
	boolean json;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "the file to write (default: standard output)")
	Path output;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		Optional<Map<Path, List<Path>>> collected = input.collect(err);
		if (collected.isEmpty()) {
			return 2;
		}
		int errors = 0;
		// Written folder by folder as they are checked: no model stays loaded for the export's sake.
		try (AtomicFiles.Streamed file = output == null ? null : AtomicFiles.open(output);
				ModelJson.Streamed json = new ModelJson().stream(file == null ? keptOpen(out)
						: new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16));
				var all = input.session().check(collected.get())) {
			for (CheckedFolder checked : all) {
				ModelPaths.printErrors(checked, err);
				errors += checked.errors();
				for (CheckedFolder.CleanFile clean : checked.cleanFiles()) {
					json.add(new ModelJson.File(clean.path(), clean.model()));
				}
			}
			json.finish();
			if (file != null) {
				file.commit();
			}
		} catch (IOException e) {
			FileProblem problem = FileProblem.of(e);
			err.println("svc export: cannot write " + (output == null ? "the export: " + problem.describe() + "."
					: problem.describe() + ". " + problem.remedy("give -o another file")));
			return 2;
		}
		return errors > 0 ? 1 : 0;
	}

	/** Standard output stays open for whatever comes after the export. */
	private static Writer keptOpen(PrintWriter stdout) {
		return new FilterWriter(stdout) {
			@Override
			public void close() {
				stdout.flush();
			}
		};
	}


}
