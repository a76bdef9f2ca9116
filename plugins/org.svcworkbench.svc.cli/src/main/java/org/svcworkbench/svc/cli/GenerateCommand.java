package org.svcworkbench.svc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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
		description = { "Writes the documentation of .svc service models.", "",
				"Into the output folder: index.html and README.md listing the services; per service, <service>/index.html and "
						+ "README.md, checklists/ and its diagrams (blueprint-<name>, journey, matrix-<name>, ...) as SVG, and PNG "
						+ "when asked for; model.json, the whole model, with its JSON Schema. Names keep Chinese; other unsafe "
						+ "characters become _. A service without a diagram's content gets no file for it.",
				"",
				"Services whose file has errors, or that need a file of their folder that does not parse, are reported and "
						+ "skipped; the others are still documented.",
				"",
				"A rerun into the same folder documents only the folders whose .svc files changed, removes the files it wrote "
						+ "before and no longer writes, and leaves every other file alone. A run that is stopped (Ctrl-C, a "
						+ "cancelled pipeline) leaves whole files only; the next run continues from what it finished." },
		parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:all documentation written",
				"1:the model has errors, or warnings with --fail-on warning (the services without errors were still documented)",
				"2:bad command line, a path that does not exist, or a file that could not be written" })
class GenerateCommand implements Callable<Integer> {

	@Mixin
	ModelPaths input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
	Path output;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html,md,checklists,json,svg",
			description = { "html, md, checklists, json, svg, png, or a list of them; default all but png.",
					"html: index.html and a page per service with its diagrams inline.",
					"md: README.md files that link to the SVG files (so svg is written too).",
					"checklists: five per service, in <service>/checklists/, as Markdown, CSV and JSON.",
					"json: model.json, the whole model, and its JSON Schema svc-model.schema.json.",
					"png: each diagram file as a picture at twice the SVG's size (--png-scale), for slides and documents; "
							+ "the reports need none." })
	List<String> formats;

	@Option(names = "--png-scale", paramLabel = "N", defaultValue = "2",
			description = "pixels per SVG unit in the PNG pictures, from 1 to 4: 2 (default) for sharp text in print and on dense screens, "
					+ "1 for the SVG's own pixels; each file records its scale, so documents place it at the SVG's size")
	double pngScale;

	@Option(names = "--diagram", split = ",", paramLabel = "KIND", defaultValue = "blueprint,journey,matrix,servqual,relationships,swot,opportunity-threat,loyalty",
			description = "which diagrams: blueprint, journey, matrix, servqual (the SERVQUAL chart of D12), relationships (the relationship-level grid of D10), swot (the SWOT factors and strategies of D18), opportunity-threat (D18's two matrices), loyalty (D11's indicators by segment), or a list of them; default all")
	List<String> diagrams;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
			description = "language of the reports, of the diagrams' own words (lanes, legends) and of what the run prints (findings, services skipped, the summary): en or zh")
	String lang;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "the date the standards' events happen on, for their due dates in the reports; default today")
	String date;

	@Option(names = "--fail-on", paramLabel = "LEVEL", description = "warning: exit 1 when the model has warnings too (errors always fail)")
	String failOn;

	@Option(names = "--force", description = "document every service again; by default a rerun into the same folder with the same "
			+ "options documents only the folders whose .svc files changed")
	boolean force;

	@Option(names = { "-q", "--quiet" }, description = "no summary line, no progress lines")
	boolean quiet;

	/** Tests ask for the progress line that only a terminal gets otherwise. */
	@Option(names = "--progress", hidden = true)
	boolean progress;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * The work is {@link Generation}'s: picocli reads every command's methods when it starts, and
	 * the types in their signatures would load the documentation classes even for svc validate.
	 */
	@Override
	public Integer call() {
		return new Generation(this).call();
	}
}
