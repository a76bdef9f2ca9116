package org.svcworkbench.svc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;

import com.google.inject.Injector;

import picocli.CommandLine.Parameters;

/** The PATH arguments every svc command takes, and the language they are read with. */
class ModelPaths {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".svc files or folders")
	List<Path> paths;

	private Injector injector;

	Injector injector() {
		if (injector == null) {
			injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	SvcModelLoader loader() {
		return injector().getInstance(SvcModelLoader.class);
	}

	/** A folder model, loaded and validated, with the number of errors and warnings it printed. */
	record Checked(LoadedFolder loaded, List<SvcDiagnostic> findings, int errors, int warnings) {
	}

	/** Loads and validates one folder model, printing its errors (and its warnings when asked) as file:line:col lines. */
	Checked check(SvcModelLoader loader, Map.Entry<Path, List<Path>> folder, PrintWriter err, boolean printWarnings) {
		LoadedFolder loaded = loader.load(folder.getKey(), folder.getValue());
		List<SvcDiagnostic> findings = loader.validate(loaded);
		int errors = 0, warnings = 0;
		for (SvcDiagnostic d : findings) {
			if (d.severity() == Severity.ERROR) {
				errors++;
				err.println(d.format());
			} else if (d.severity() == Severity.WARNING && printWarnings) {
				warnings++;
				err.println(d.format());
			}
		}
		return new Checked(loaded, findings, errors, warnings);
	}

	/** The .svc files by folder, or empty after telling the user which path does not exist. */
	Optional<Map<Path, List<Path>>> collect(PrintWriter err) {
		try {
			return Optional.of(loader().collect(paths));
		} catch (IllegalArgumentException e) {
			err.println("svc: " + e.getMessage());
			return Optional.empty();
		}
	}
}
