package org.svcworkbench.svc.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The svc command: entry point of the headless tool. */
@Command(name = "svc", mixinStandardHelpOptions = true, versionProvider = SvcVersion.class,
		description = "SVC Workbench command line: works on .svc service models; needs no display.",
		subcommands = { ValidateCommand.class, FormatCommand.class, GenerateCommand.class, ExportCommand.class, LanguageServerCommand.class,
				TrainingRunCommand.class,
				CommandLine.HelpCommand.class })
public class SvcCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'svc validate <files or folders>'.");
	}

	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new SvcCommand());
		cli.setOut(out);
		cli.setErr(err);
		return cli;
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
		int code = commandLine(out, err).execute(args);
		out.flush();
		err.flush();
		System.exit(code);
	}
}
