package org.svcworkbench.svc.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The svc command: entry point of the headless tool. */
@Command(name = "svc", mixinStandardHelpOptions = true, versionProvider = SvcVersion.class,
		description = "SVC Workbench command line: works on .svc service models; needs no display.")
public class SvcCommand implements Runnable {

	/** The subcommands by name, in the order the help lists them. */
	private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

	static {
		SUBCOMMANDS.put("validate", ValidateCommand::new);
		SUBCOMMANDS.put("format", FormatCommand::new);
		SUBCOMMANDS.put("generate", GenerateCommand::new);
		SUBCOMMANDS.put("export", ExportCommand::new);
		SUBCOMMANDS.put("language-server", LanguageServerCommand::new);
		SUBCOMMANDS.put("training-run", TrainingRunCommand::new);
		SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
	}

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'svc validate <files or folders>'.");
	}

	/**
	 * The command line for these arguments. picocli reads a subcommand's annotations when it is
	 * added, and all of them took a tenth of a second of each run: arguments that start with a
	 * subcommand's name get that subcommand alone (its help, errors and behaviour are the same);
	 * any others (svc --help, svc help generate, a mistyped name) get them all.
	 */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = new CommandLine(new SvcCommand());
		Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
		if (named != null) {
			cli.addSubcommand(named.get());
		} else {
			SUBCOMMANDS.values().forEach(subcommand -> cli.addSubcommand(subcommand.get()));
		}
		cli.setOut(out);
		cli.setErr(err);
		cli.setParameterExceptionHandler(new CommandLineMistakes(CommandLineMistakes.wordsOf(args)));
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
		CommandLog.configure();
		PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
		int code;
		try {
			code = commandLine(out, err, args).execute(args);
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
