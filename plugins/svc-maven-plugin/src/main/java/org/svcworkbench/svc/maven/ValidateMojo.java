package org.svcworkbench.svc.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.svcworkbench.svc.generator.run.CheckedFolder;
import org.svcworkbench.svc.load.SvcModelLoader;

/**
 * Checks the .svc models as {@code svc validate} does: syntax, references across the files of
 * each folder, and the domain rules. Errors fail the build; warnings fail it under failOnWarning.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSvcMojo {

	@Override
	String goal() {
		return "validate";
	}

	@Override
	String settings() {
		return "validate failOnWarning=" + failOnWarning;
	}

	@Override
	boolean run(SvcModelLoader loader, Map<Path, List<Path>> folders, int files) throws MojoFailureException {
		int errors = 0, warnings = 0;
		try (var all = CheckedFolder.checkAll(loader, folders)) {
			for (CheckedFolder checked : all) {
				checked.findings().forEach(this::log);
				errors += checked.errors();
				warnings += checked.warnings();
			}
		}
		getLog().info(plural(files, ".svc file") + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning") + ".");
		failOn(errors, warnings);
		return true;
	}
}
