package org.svcworkbench.svc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.svcworkbench.svc.formatting2.SvcFormatting;
import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.validation.SvcResourceValidator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** svc format: rewrites .svc files in the canonical layout, or only checks it with --check. */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Rewrites .svc files in the canonical layout.", "",
				"Files with syntax errors are left alone. With --check, changes nothing and lists the files that are not "
						+ "formatted." },
		parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:all files formatted", "1:--check found unformatted files, or a file has syntax errors",
				"2:bad command line or a path that does not exist" })
class FormatCommand implements Callable<Integer> {

	@Mixin
	ModelPaths input;

	@Option(names = "--check", description = "only report files whose layout differs")
	boolean check;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Optional<Map<Path, List<Path>>> collected = input.collect(spec.commandLine().getErr());
		if (collected.isEmpty()) {
			return 2;
		}
		Map<Path, List<Path>> folders = collected.get();
		SvcModelLoader loader = input.loader();
		SvcFormatting formatting = input.injector().getInstance(SvcFormatting.class);
		var out = spec.commandLine().getOut();
		int result = 0;
		for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
			LoadedFolder loaded = loader.load(folder.getKey(), folder.getValue());
			for (Path file : folder.getValue()) {
				XtextResource resource = (XtextResource) loaded.resourceSet().getResource(SvcModelLoader.uri(file), true);
				if (SvcResourceValidator.hasSyntaxErrors(resource)) {
					out.println(file + ": not formatted: fix the syntax errors first ('svc validate " + file + "').");
					result = 1;
					continue;
				}
				if (SvcFormatting.hasDetachedElements(resource)) {
					out.println(file + ": not formatted: a line is given twice and only one can be kept; fix the errors first ('svc validate "
							+ file + "').");
					result = 1;
					continue;
				}
				String original = resource.getParseResult().getRootNode().getText();
				String formatted = formatting.format(resource);
				if (!formatted.equals(original)) {
					if (check) {
						out.println(file + ": not formatted");
						result = 1;
					} else {
						AtomicFiles.write(file, formatted);
						out.println(file + ": formatted");
					}
				}
			}
		}
		out.flush();
		return result;
	}
}
