package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.generator.run.AtomicFiles;
import org.svcworkbench.svc.generator.run.CheckedFolder;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.load.SvcModelLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** svc export --json: the whole model as JSON, to standard output or a file; the schema is svc generate's. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes the whole model as JSON (the shape of svc-model.schema.json, which svc generate --format json writes):",
				"to standard output, or atomically to the file -o names. Files with errors are reported and left out." },
		exitCodeListHeading = "%nExit codes:%n",
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
		SvcModelLoader loader = input.loader();
		List<ModelJson.File> files = new ArrayList<>();
		int errors = 0;
		try (var all = CheckedFolder.checkAll(loader, collected.get())) {
			for (CheckedFolder checked : all) {
				ModelPaths.printErrors(checked, err);
				errors += checked.errors();
				DocumentationRun.exportable(checked.loaded().folder(), checked.loaded(), checked.findings(), files);
			}
		}
		String text = new ModelJson().export(files);
		if (output == null) {
			out.print(text);
			out.flush();
		} else {
			try {
				AtomicFiles.write(output, text);
			} catch (IOException e) {
				err.println("svc export: cannot write " + output + ": " + e.getMessage());
				return 2;
			}
		}
		return errors > 0 ? 1 : 0;
	}


}
