package org.svcworkbench.svc.generator.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.load.FolderPipeline;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;

/** One folder model, loaded and validated, with its findings counted. */
public record CheckedFolder(LoadedFolder loaded, List<SvcDiagnostic> findings, int errors, int warnings) {

	/** Loads and validates the folder's files; the findings come in file and line order. */
	public static CheckedFolder check(SvcModelLoader loader, Map.Entry<Path, List<Path>> folder) {
		LoadedFolder loaded = loader.load(folder.getKey(), folder.getValue());
		List<SvcDiagnostic> findings = loader.validate(loaded);
		int errors = 0, warnings = 0;
		for (SvcDiagnostic d : findings) {
			errors += d.severity() == Severity.ERROR ? 1 : 0;
			warnings += d.severity() == Severity.WARNING ? 1 : 0;
		}
		return new CheckedFolder(loaded, findings, errors, warnings);
	}

	/** Every folder checked, several side by side, handed back in folder order; close to stop the threads. */
	public static FolderPipeline.Results<CheckedFolder> checkAll(SvcModelLoader loader, Map<Path, List<Path>> folders) {
		return FolderPipeline.start(folders, folder -> check(loader, folder));
	}
}
