package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.run.DocumentationOptions;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.generator.run.Format;
import org.svcworkbench.svc.generator.run.OutputFolder;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * svc generate: diagrams of every service, one file per service and diagram under
 * {@code <out>/<service>/}, e.g. {@code out/CarRepair/blueprint-reception.svg}, {@code journey.svg},
 * {@code matrix-lifecycle.svg}. Reports will join them in the same service folders.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Writes the documentation of the services in .svc files: <out>/index.html and README.md listing them,",
				"and per service <out>/<service>/index.html and README.md, checklists/, and its diagrams: blueprint-<name>,",
				"journey and matrix-<name> as SVG and PNG; <out>/model.json is the whole model, with its JSON Schema.",
				"Names keep Chinese, other unsafe characters become _. Services without a diagram's content get no file for it.",
				"Services whose file has errors are reported and skipped; the others are still documented." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:all documentation written",
				"1:the model has errors, or warnings with --fail-on warning (the services without errors were still documented)",
				"2:bad command line, a path that does not exist, or a file that could not be written" })
class GenerateCommand implements Callable<Integer> {

	@Mixin
	ModelPaths input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
	Path output;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html,md,checklists,json,svg,png",
			description = { "html, md, checklists, json, svg, png, or a list of them; default all. html writes index.html and a report",
					"per service with its diagrams inline; md writes README.md files that link to the SVG files (so it writes them",
					"too); checklists writes five checklists per service into <service>/checklists/ as Markdown, CSV and JSON;",
					"json writes model.json, the whole model, and its JSON Schema svc-model.schema.json;",
					"PNG is drawn from the SVG at twice its size." })
	List<String> formats;

	@Option(names = "--diagram", split = ",", paramLabel = "KIND", defaultValue = "blueprint,journey,matrix",
			description = "which diagrams: blueprint, journey, matrix, or a list of them; default all three")
	List<String> diagrams;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
			description = "language of the reports and of the diagrams' own words (lanes, legends): en or zh")
	String lang;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "the date the standards' events happen on, for their due dates in the reports; default today")
	LocalDate date;

	@Option(names = "--fail-on", paramLabel = "LEVEL", description = "warning: exit 1 when the model has warnings too (errors always fail)")
	String failOn;

	@Option(names = { "-q", "--quiet" }, description = "no summary line, no progress line")
	boolean quiet;

	/** Tests ask for the progress line that only a terminal gets otherwise. */
	@Option(names = "--progress", hidden = true)
	boolean progress;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		DocumentationOptions options;
		try {
			if (failOn != null && !failOn.equalsIgnoreCase("warning") && !failOn.equalsIgnoreCase("error")) {
				throw new IllegalArgumentException("unknown --fail-on level '" + failOn + "': use warning (or error, the default)");
			}
			options = new DocumentationOptions(Format.parse(formats), DocumentationOptions.diagramKinds(diagrams), DiagramLanguage.of(lang),
					date == null ? LocalDate.now() : date, "warning".equalsIgnoreCase(failOn));
		} catch (IllegalArgumentException e) {
			err.println("svc generate: " + e.getMessage());
			return 2;
		}
		// Fonts and ELK load on the second core while this one sets up Xtext and reads the models.
		CompletableFuture<DiagramFont> font = CompletableFuture.supplyAsync(() -> ServiceDiagrams.warmedUpFont(options.language()));
		Optional<Map<Path, List<Path>>> collected = input.collect(err);
		if (collected.isEmpty()) {
			return 2;
		}
		OutputFolder folder = new OutputFolder(output);
		try {
			folder.prepare();
		} catch (IOException e) {
			err.println("svc generate: cannot create the output folder " + output + ": " + e.getMessage());
			return 2;
		}
		ProgressLine line = new ProgressLine(err, !quiet && (progress || ProgressLine.onTerminal()), progress ? 0 : ProgressLine.DELAY_MILLIS);
		DocumentationRun.Outcome outcome;
		try {
			outcome = new DocumentationRun(input.loader(), options, font.join(), new Printer(err, line, options.failOnWarning()))
					.run(collected.get(), folder);
		} catch (IOException e) {
			line.clear();
			err.println("svc generate: cannot write into " + output + ": " + e.getMessage());
			return 2;
		}
		line.clear();
		if (!quiet) {
			int written = outcome.written(), documented = outcome.documented(), skipped = outcome.skipped();
			out.println("Wrote " + written + " file" + (written == 1 ? "" : "s") + " for " + documented + " service"
					+ (documented == 1 ? "" : "s") + " to " + output + (skipped > 0 ? "; " + skipped + " service"
							+ (skipped == 1 ? "" : "s") + " skipped because of errors" : "") + ".");
		}
		out.flush();
		return outcome.failed() ? 1 : 0;
	}

	/** Errors always, warnings only when they fail the run, as file:line:col lines; the progress line stays below them. */
	private record Printer(PrintWriter err, ProgressLine line, boolean warnings) implements DocumentationRun.Listener {
		@Override
		public void finding(SvcDiagnostic d) {
			if (d.severity() == Severity.ERROR || d.severity() == Severity.WARNING && warnings) {
				line.clear();
				err.println(d.format());
			}
		}

		@Override
		public void skipped(Path file, String service) {
			line.clear();
			err.println(file + ": service '" + service + "' has errors: no documentation for it.");
		}

		@Override
		public void missingGlyphs(String glyphs, String fontFamily, String fontPackage) {
			line.clear();
			err.println("svc generate: warning: the font " + fontFamily + " has no glyphs for '" + glyphs
					+ "': they show as boxes. Install a font that covers them (on Debian: apt-get install " + fontPackage + ").");
		}

		@Override
		public void progress(int done, int total) {
			line.show(done + "/" + total + " files documented");
		}
	}
}
