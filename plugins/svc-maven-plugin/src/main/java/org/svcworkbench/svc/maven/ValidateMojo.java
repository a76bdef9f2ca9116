package org.svcworkbench.svc.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.CheckCounts;
import org.svcworkbench.svc.load.ProgressLog;
import org.svcworkbench.svc.load.SvcSession;

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
		return "validate failOnWarning=" + failOnWarning + " language=" + language;
	}

	@Override
	boolean run(SvcSession session, Map<Path, List<Path>> folders, int files) throws MojoFailureException {
		CheckCounts counts = new CheckCounts();
		ProgressLog progress = new ProgressLog(getLog()::info, session.findings());
		try (var all = session.check(folders)) {
			for (CheckedFolder checked : all) {
				checked.findings().forEach(this::log);
				counts.add(checked);
				progress.checked(counts.files(), files);
			}
		}
		getLog().info(counts.summary(session.findings()));
		failOn(counts.errors(), counts.warnings());
		return true;
	}
}
