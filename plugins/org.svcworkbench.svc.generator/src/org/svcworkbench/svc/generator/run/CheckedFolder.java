package org.svcworkbench.svc.generator.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;

/** One folder model, loaded and validated, with its findings counted. */
public record CheckedFolder(LoadedFolder loaded, List<SvcDiagnostic> findings, int errors, int warnings) {

	/** Loads and validates the folder's files, handing every finding to the reporter in file and line order. */
	public static CheckedFolder check(SvcModelLoader loader, Map.Entry<Path, List<Path>> folder, Consumer<SvcDiagnostic> reporter) {
		LoadedFolder loaded = loader.load(folder.getKey(), folder.getValue());
		List<SvcDiagnostic> findings = loader.validate(loaded);
		int errors = 0, warnings = 0;
		for (SvcDiagnostic d : findings) {
			errors += d.severity() == Severity.ERROR ? 1 : 0;
			warnings += d.severity() == Severity.WARNING ? 1 : 0;
			reporter.accept(d);
		}
		return new CheckedFolder(loaded, findings, errors, warnings);
	}
}
