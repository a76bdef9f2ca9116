package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.generator.run.DocumentationOptions;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.generator.run.Format;
import org.svcworkbench.svc.generator.run.OutputFolder;
import org.svcworkbench.svc.generator.run.StoppedNotice;
import org.svcworkbench.svc.load.FileProblem;
import org.svcworkbench.svc.load.ProgressLog;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.words.Findings;
import org.svcworkbench.svc.words.WordedException;

import picocli.CommandLine;

/** One svc generate, with the options of its command line. */
final class Generation {

	private final ModelPaths input;
	private final Path output;
	private final List<String> formats;
	private final List<String> diagrams;
	private final String lang;
	private final String date;
	private final String failOn;
	private final double pngScale;
	private final boolean quiet;
	private final boolean progress;
	private final boolean force;
	private final CommandLine.Model.CommandSpec spec;

	Generation(GenerateCommand command) {
		input = command.input;
		output = command.output;
		formats = command.formats;
		diagrams = command.diagrams;
		lang = command.lang;
		date = command.date;
		failOn = command.failOn;
		pngScale = command.pngScale;
		quiet = command.quiet;
		progress = command.progress;
		force = command.force;
		spec = command.spec;
	}

	Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		DocumentationOptions options;
		try {
			if (failOn != null && !failOn.equalsIgnoreCase("warning") && !failOn.equalsIgnoreCase("error")) {
				throw new WordedException("option.fail-on", failOn);
			}
			options = new DocumentationOptions(Format.parse(formats), DocumentationOptions.diagramKinds(diagrams), DiagramLanguage.of(lang),
					DocumentationOptions.eventDate("--date", date), "warning".equalsIgnoreCase(failOn)).withPngScale(pngScale);
			input.session().speak(options.language().code()); // the checklists carry the findings in the reports' language
		} catch (IllegalArgumentException e) {
			err.println("svc generate: " + ModelPaths.say(e, lang));
			return 2;
		}
		Optional<Map<Path, List<Path>>> collected = input.collect(err, lang);
		if (collected.isEmpty()) {
			return 2;
		}
		try (OutputFolder folder = new OutputFolder(output)) {
			return document(folder, collected.get(), options, out, err);
		}
	}

	/** What to do when the output cannot be written, in the findings' language: -o names another folder. */
	private static String remedy(FileProblem problem, Findings words) {
		return problem.remedy(words.text("remedy.choose.command-line"), words);
	}

	/** Documents the folders into the output, once no other run writes into it; the exit code. */
	private int document(OutputFolder folder, Map<Path, List<Path>> collected, DocumentationOptions options, PrintWriter out, PrintWriter err) {
		try {
			folder.prepare(holder -> {
				if (!quiet) {
					err.println("svc generate: " + input.session().findings().text("run.waiting", holder, output));
					err.flush();
				}
			});
		} catch (IOException e) {
			FileProblem problem = FileProblem.of(e);
			Findings words = input.session().findings();
			err.println("svc generate: " + words.text("run.cannot-create", problem.describe(words), remedy(problem, words)));
			return 2;
		}
		boolean onTerminal = !quiet && (progress || ProgressLine.onTerminal());
		ProgressLine line = new ProgressLine(err, onTerminal, progress ? 0 : ProgressLine.DELAY_MILLIS);
		// Without a terminal (a pipeline's log) a long run says how far it has got every ten seconds instead.
		ProgressLog log = new ProgressLog(text -> {
			if (!quiet && !onTerminal) {
				err.println("svc generate: " + text);
				err.flush();
			}
		}, input.session().findings());
		DocumentationRun.Outcome outcome;
		String stopped = "svc generate: " + input.session().findings().text("run.stopped", output);
		try (StoppedNotice notice = new StoppedNotice(() -> {
			line.clear();
			err.println(stopped);
			err.flush();
		})) {
			// The run loads the font and warms ELK up on a thread of its own when a folder is to be drawn.
			DocumentationRun run = new DocumentationRun(options, () -> ServiceDiagrams.warmedUpFont(options.language()),
					new Printer(err, line, log, options.failOnWarning(), input.session().findings()));
			outcome = (force ? run.everything() : run).run(input.session(), collected, folder);
		} catch (IOException e) {
			line.clear();
			FileProblem problem = FileProblem.of(e);
			Findings words = input.session().findings();
			err.println("svc generate: " + words.text("run.cannot-write", output, problem.describe(words), remedy(problem, words)));
			return 2;
		}
		line.clear();
		if (!quiet) {
			out.println(outcome.summary(output.toString(), input.session().findings()));
		}
		out.flush();
		return outcome.failed() ? 1 : 0;
	}

	/** Errors always, warnings only when they fail the run, as file:line:col lines; the progress line stays below them. */
	private record Printer(PrintWriter err, ProgressLine line, ProgressLog log, boolean warnings, Findings words) implements DocumentationRun.Listener {
		@Override
		public void finding(SvcDiagnostic d) {
			if (d.severity() == Severity.ERROR || d.severity() == Severity.WARNING && warnings) {
				line.clear();
				err.println(d.format());
			}
		}

		@Override
		public void skipped(Path file, String service, Path needs) {
			line.clear();
			err.println(DocumentationRun.Listener.skippedMessage(file, service, needs, words));
		}

		@Override
		public void missingGlyphs(String glyphs, String fontFamily, String fontPackage) {
			line.clear();
			err.println("svc generate: warning: " + DocumentationRun.Listener.missingGlyphsWarning(glyphs, fontFamily, fontPackage, words));
		}

		@Override
		public void progress(int done, int total) {
			line.show(words.text("run.progress.documented", done, total));
			log.checked(done, total);
		}
	}
}
