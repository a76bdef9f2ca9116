package org.svcworkbench.svc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcSession;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.words.Findings;
import org.svcworkbench.svc.words.WordedException;

import com.google.inject.Injector;

import picocli.CommandLine.Parameters;

/** The PATH arguments every svc command takes, and the language they are read with. */
class ModelPaths {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".svc files or folders")
	List<Path> paths;

	SvcSession session() {
		return SvcSession.standalone();
	}

	Injector injector() {
		return session().injector();
	}

	SvcModelLoader loader() {
		return session().loader();
	}

	/** Prints a folder model's errors as file:line:col lines. */
	static void printErrors(CheckedFolder checked, PrintWriter err) {
		checked.findings().stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> err.println(d.format()));
	}

	/** The .svc files by folder, or empty after telling the user which path does not exist. */
	Optional<Map<Path, List<Path>>> collect(PrintWriter err) {
		return collect(err, "en");
	}

	/** The same, telling it in the language of the command's --lang. */
	Optional<Map<Path, List<Path>>> collect(PrintWriter err, String lang) {
		try {
			return Optional.of(SvcFolders.collect(paths));
		} catch (IllegalArgumentException e) {
			err.println("svc: " + say(e, lang));
			return Optional.empty();
		}
	}

	/** A mistake in the command, in the language asked for (English when that is not one of ours). */
	static String say(IllegalArgumentException e, String lang) {
		return e instanceof WordedException worded ? worded.in(words(lang)) : e.getMessage();
	}

	/** The words of the language, or English's when there are none for it. */
	static Findings words(String lang) {
		try {
			return Findings.speaking(lang);
		} catch (IllegalArgumentException unknown) {
			return Findings.speaking("en");
		}
	}
}
