package org.svcworkbench.svc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.generator.run.DocumentationOptions;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.generator.run.Format;
import org.svcworkbench.svc.generator.run.OutputFolder;
import org.svcworkbench.svc.generator.run.StoppedNotice;
import org.svcworkbench.svc.load.ProgressLog;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcSession;
import org.svcworkbench.svc.words.Findings;

/**
 * Writes the documentation of the .svc models as {@code svc generate} does: index.html and
 * README.md, per service its report, diagrams and checklists, and model.json with its schema.
 * Services with errors are skipped and fail the build; the others are still documented.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractSvcMojo {

	/** The folder the documentation goes into; nothing is written outside it. */
	@Parameter(property = "svc.outputDirectory", defaultValue = "${project.build.directory}/svc-docs")
	File outputDirectory;

	/** Which formats: html, md, checklists, json, svg, png; all but png by default (the reports show SVG). */
	@Parameter(property = "svc.formats", defaultValue = "html,md,checklists,json,svg")
	List<String> formats;

	/** Which diagrams: blueprint, journey, matrix, servqual, relationships, swot, opportunity-threat, loyalty; all by default. */
	@Parameter(property = "svc.diagrams", defaultValue = "blueprint,journey,matrix,servqual,relationships,swot,opportunity-threat,loyalty")
	List<String> diagrams;

	/** Pixels per SVG unit in the PNG pictures, from 1 (the SVG's own) to 4: 2 by default, sharp in print and on dense screens. */
	@Parameter(property = "svc.pngScale", defaultValue = "2")
	double pngScale;

	/** The date the standards' events happen on (YYYY-MM-DD), for their due dates; today by default. */
	@Parameter(property = "svc.eventDate")
	String eventDate;

	private DocumentationOptions options;

	@Override
	String goal() {
		return "generate";
	}

	@Override
	String settings() {
		DocumentationOptions o = options();
		return "generate formats=" + o.formats().stream().map(Format::code).sorted().toList() + " diagrams=" + o.diagrams() + " language="
				+ o.language().code() + " date=" + o.eventDate() + " pngScale=" + o.pngScale() + " failOnWarning=" + failOnWarning + " output="
				+ outputDirectory.getAbsolutePath();
	}

	@Override
	boolean upToDate() {
		return Files.isDirectory(outputDirectory.toPath());
	}

	@Override
	boolean run(SvcSession session, Map<Path, List<Path>> folders, int files) throws IOException, MojoFailureException {
		DocumentationOptions o = options();
		try (OutputFolder output = new OutputFolder(outputDirectory.toPath())) {
			output.prepare(holder -> getLog().info("Waiting for " + holder + " writing into " + output.root() + " to end..."));
			// A cancelled build's log would just end: it says what state the documentation is in, as svc generate does.
			String stopped = session.findings().text("run.stopped.build", output.root());
			DocumentationRun.Outcome outcome;
			try (StoppedNotice notice = new StoppedNotice(() -> getLog().warn(stopped))) {
				outcome = new DocumentationRun(o, () -> ServiceDiagrams.warmedUpFont(o.language()), new Logger(session.findings())).run(session,
						folders, output);
			}
			getLog().info(outcome.summary(output.root().toString(), session.findings()));
			failOn(outcome.errors(), outcome.warnings());
			return true;
		}
	}

	private DocumentationOptions options() {
		if (options == null) {
			options = new DocumentationOptions(Format.parse(formats), DocumentationOptions.diagramKinds(diagrams), DiagramLanguage.of(language),
					DocumentationOptions.eventDate("eventDate", eventDate), failOnWarning).withPngScale(pngScale);
		}
		return options;
	}

	private final class Logger implements DocumentationRun.Listener {
		private final ProgressLog progress;
		private final Findings words;

		Logger(Findings words) {
			this.words = words;
			this.progress = new ProgressLog(getLog()::info, words);
		}

		@Override
		public void progress(int done, int total) {
			progress.checked(done, total);
		}
		@Override
		public void finding(SvcDiagnostic diagnostic) {
			log(diagnostic);
		}

		@Override
		public void skipped(Path file, String service, Path needs) {
			getLog().error(DocumentationRun.Listener.skippedMessage(file, service, needs, words));
		}

		@Override
		public void missingGlyphs(String glyphs, String fontFamily, String fontPackage) {
			getLog().warn(DocumentationRun.Listener.missingGlyphsWarning(glyphs, fontFamily, fontPackage, words));
		}
	}
}
