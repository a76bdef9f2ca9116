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
		// Xtext wraps an OutOfMemoryError met while parsing in a ParseException: unwrap it, so that main says what to do.
		cli.setExecutionExceptionHandler((exception, command, parsed) -> {
			for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
				if (cause instanceof OutOfMemoryError outOfMemory) {
					throw outOfMemory;
				}
			}
			throw exception;
		});
		return cli;
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
		int code;
		try {
			code = commandLine(out, err).execute(args);
		} catch (OutOfMemoryError e) {
			// ./svc caps the heap of a command (see there); a model too large for it gets a way out, not a stack trace.
			long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
			err.println("svc: out of memory: the command's Java heap is limited to " + megabytes
					+ " MB; run it again with more, e.g. SVC_JAVA_OPTS=-Xmx" + Math.max(2, 2 * megabytes / 1024) + "g ./svc "
					+ String.join(" ", args));
			code = 4;
		}
		out.flush();
		err.flush();
		System.exit(code);
	}
}
