package org.svcworkbench.svc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.CheckCounts;
import org.svcworkbench.svc.load.FileProblem;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcSession;
import org.svcworkbench.svc.words.Findings;
import org.svcworkbench.svc.words.WordedException;

/** What both goals share: where the models are, skipping, failing on warnings, and how findings are logged. */
abstract class AbstractSvcMojo extends AbstractMojo {

	/** The folder of the .svc files; every sub-folder is a model of its own, as for the svc command. */
	@Parameter(property = "svc.sourceDirectory", defaultValue = "${project.basedir}/src/main/svc")
	File sourceDirectory;

	/** Fail the build on warnings too (errors always fail it). */
	@Parameter(property = "svc.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	/** The language of the findings, and of the reports' and diagrams' own words: en or zh. */
	@Parameter(property = "svc.language", defaultValue = "en")
	String language;

	/** Skip this goal. */
	@Parameter(property = "svc.skip", defaultValue = "false")
	boolean skip;

	/** Where the goals remember what they last succeeded on, to do nothing when nothing changed. */
	@Parameter(defaultValue = "${project.build.directory}/svc-maven-plugin", readonly = true)
	File stateDirectory;

	@Parameter(defaultValue = "${project.basedir}", readonly = true)
	File basedir;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Skipped (svc.skip).");
			return;
		}
		String settings;
		try {
			if (!Findings.LANGUAGES.contains(language)) {
				throw new IllegalArgumentException("unknown language '" + language + "': use en or zh");
			}
			settings = settings();
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("Bad configuration of svc:" + goal() + ": " + said(e)); // its cause would repeat it in English
		}
		Path sources = sourceDirectory.toPath();
		if (!Files.isDirectory(sources)) {
			getLog().info("No .svc sources: " + sources + " does not exist.");
			return;
		}
		Map<Path, List<Path>> folders = SvcFolders.collect(List.of(sources));
		int files = folders.values().stream().mapToInt(List::size).sum();
		if (files == 0) {
			getLog().info("No .svc files in " + sources + ".");
			return;
		}
		try {
			SourceState state = new SourceState(stateDirectory.toPath().resolve(goal() + ".sha256"), basedir.toPath(), folders, settings);
			if (state.unchanged() && upToDate()) {
				Findings words = new Findings(); // not the session's: a build with nothing to do loads no language
				words.use(language);
				getLog().info(words.text("run.nothing.since-success", words.counted("run.svc-files", files)));
				return;
			}
			state.forget();
			SvcSession session = SvcLanguage.session();
			session.speak(language);
			// Something changed: the compiler is set and the language set up on the other core while
			// this one compares the sources and the output with the last run (in Maven's JVM its classes load cold).
			CompletableFuture<FirstTierCompiler> compiler = new CompletableFuture<>();
			Thread.ofPlatform().name("svc-setup").daemon().start(() -> {
				compiler.complete(FirstTierCompiler.keep(stateDirectory.toPath()));
				try {
					session.injector();
				} catch (RuntimeException | LinkageError e) {
					// the goal sets it up again on its own thread, and reports what fails there
				}
			});
			try {
				if (run(session, folders, files)) {
					state.record();
				}
			} finally {
				FirstTierCompiler kept = compiler.join();
				if (kept != null) {
					kept.close();
				}
			}
		} catch (IOException e) {
			FileProblem problem = FileProblem.of(e);
			Findings words = new Findings();
			words.use(language);
			if (problem.file() != null && Path.of(problem.file()).toAbsolutePath().startsWith(sources.toAbsolutePath())) {
				throw new MojoExecutionException(words.text("run.cannot-read-models", problem.describe(words)), e);
			}
			throw new MojoExecutionException(words.text("run.cannot-write-results", problem.describe(words),
					problem.remedy(words.text("remedy.choose.maven"), words)), e);
		}
	}

	/** The goal's name, for its state file. */
	abstract String goal();

	/** A bad setting in the language of the findings (svc.language), when it is one of theirs. */
	private String said(IllegalArgumentException mistake) {
		if (mistake instanceof WordedException worded && Findings.LANGUAGES.contains(language)) {
			return worded.in(Findings.speaking(language));
		}
		return mistake.getMessage();
	}

	/** Every setting that changes what the goal produces or decides; an IllegalArgumentException names a bad one. */
	abstract String settings();

	/** Whether the goal's results are still where it left them. */
	boolean upToDate() {
		return true;
	}

	/** Runs the goal; true when it succeeded, so that an unchanged rerun can be skipped. */
	abstract boolean run(SvcSession session, Map<Path, List<Path>> folders, int files)
			throws IOException, MojoExecutionException, MojoFailureException;

	/** Errors and warnings as Maven errors and warnings, each as file:line:column: severity: message [code]. */
	void log(SvcDiagnostic d) {
		switch (d.severity()) {
		case ERROR -> getLog().error(d.format());
		case WARNING -> getLog().warn(d.format());
		default -> getLog().debug(d.format());
		}
	}

	/** Fails the build when the model has errors, or warnings under failOnWarning; the findings are in the log above. */
	void failOn(int errors, int warnings) throws MojoFailureException {
		if (!CheckCounts.failed(errors, warnings, failOnWarning)) {
			return;
		}
		if (errors > 0) {
			throw new MojoFailureException("The .svc models have " + plural(errors, "error")
					+ " (listed above as file:line:column): fix them and build again.");
		}
		throw new MojoFailureException("The .svc models have " + plural(warnings, "warning")
					+ " (listed above as file:line:column) and failOnWarning is set: fix them, or set failOnWarning to false.");
	}

	static String plural(int count, String noun) {
		return CheckCounts.plural(count, noun);
	}
}
