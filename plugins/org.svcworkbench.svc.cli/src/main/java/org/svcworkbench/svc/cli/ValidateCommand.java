package org.svcworkbench.svc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.CheckCounts;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.ProgressLog;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** svc validate: syntax, references and domain rules; exit 1 when anything is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks .svc service models: syntax, references, domain rules.", "",
				"Prints file:line:column: severity: message [code] per finding: the syntax, the references across the files of "
						+ "each folder, and the domain rules.",
				"",
				"A folder is walked recursively; each folder's .svc files form one model. Hidden folders, target/, "
						+ "node_modules/ and folders holding a " + SvcFolders.IGNORE_MARKER + " file are skipped unless named." },
		parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (warnings allowed unless --strict)", "1:errors found (or warnings with --strict)",
				"2:bad command line or a path that does not exist" })
class ValidateCommand implements Callable<Integer> {

	@Mixin
	ModelPaths input;

	@Option(names = "--strict", description = "exit 1 on warnings too")
	boolean strict;

	@Option(names = "--info", description = "also print informational findings")
	boolean info;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "language of the findings and the summary: en or zh")
	String lang;

	@Option(names = { "-q", "--quiet" }, description = "print findings only: no summary or progress lines")
	boolean quiet;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		Optional<Map<Path, List<Path>>> collected = input.collect(spec.commandLine().getErr(), lang);
		if (collected.isEmpty()) {
			return 2;
		}
		Map<Path, List<Path>> folders = collected.get();
		try {
			input.session().speak(lang);
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println("svc validate: " + e.getMessage());
			return 2;
		}
		CheckCounts counts = new CheckCounts();
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		int files = folders.values().stream().mapToInt(List::size).sum();
		ProgressLog progress = new ProgressLog(text -> {
			if (!quiet) {
				err.println("svc validate: " + text);
				err.flush();
			}
		}, input.session().findings());
		try (var all = input.session().check(folders)) {
			for (CheckedFolder checked : all) {
				counts.add(checked);
				progress.checked(counts.files(), files);
				for (SvcDiagnostic d : checked.findings()) {
					if (d.severity() != Severity.INFO || info) {
						out.println(d.format());
					}
				}
			}
		}
		if (!quiet) {
			out.println(counts.summary(input.session().findings()));
		}
		out.flush();
		return counts.failed(strict) ? 1 : 0;
	}
}
