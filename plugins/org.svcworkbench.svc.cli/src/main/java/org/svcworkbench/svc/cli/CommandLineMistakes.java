package org.svcworkbench.svc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.parser.EditDistance;
import org.svcworkbench.svc.words.Findings;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot read (an unknown option, a missing path), told in the language its
 * --lang asks for, as the rest of the command's messages are: the mistake, what a mistyped option
 * or command was probably meant to be, the command's synopsis and where its help is (the help itself
 * is in English). Not the whole help, as picocli prints: its paragraphs would push the mistake off
 * the screen.
 */
final class CommandLineMistakes implements CommandLine.IParameterExceptionHandler {

	private final Findings words;

	CommandLineMistakes(Findings words) {
		this.words = words;
	}

	/** The words of the language named by --lang among the arguments (--lang zh, --lang=zh); English otherwise. */
	static Findings wordsOf(String... args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--lang=")) {
				return ModelPaths.words(args[i].substring("--lang=".length()));
			}
			if (args[i].equals("--lang") && i + 1 < args.length) {
				return ModelPaths.words(args[i + 1]);
			}
		}
		return ModelPaths.words("en");
	}

	@Override
	public int handleParseException(ParameterException mistake, String[] args) {
		CommandLine command = mistake.getCommandLine();
		String name = command.getCommandSpec().qualifiedName();
		PrintWriter err = command.getErr();
		for (ParameterException each : toTell(mistake)) {
			err.println(name + ": " + said(each));
			List<String> meant = meant(each);
			if (!meant.isEmpty()) {
				err.println(words.text("option.meant", String.join(", ", meant)));
			}
		}
		CommandLine.Help help = command.getHelp();
		err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
		err.println(words.text("option.help", name));
		err.flush();
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

	/**
	 * The mistakes to tell, a mistyped option first: picocli checks for missing options before it
	 * looks at the words it did not know, so "svc generate --frmat svg models" (no -o either) would
	 * otherwise be told only of the missing -o, and of the typo on the next try.
	 */
	private static List<ParameterException> toTell(ParameterException mistake) {
		List<String> unknown = mistake.getCommandLine().getUnmatchedArguments();
		if (mistake instanceof MissingParameterException && !unknown.isEmpty()) {
			return List.of(new UnmatchedArgumentException(mistake.getCommandLine(), unknown), mistake);
		}
		return List.of(mistake);
	}

	private String said(ParameterException mistake) {
		if (mistake instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			String kind = first.startsWith("-") ? "option.unknown" : mistake.getCommandLine().getSubcommands().isEmpty() ? "option.unmatched" : "option.unknown-command";
			return words.text(kind, first);
		}
		if (mistake instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			return words.text("option.missing", String.join(", ", labels(missing.getMissing())));
		}
		return words.text("option.other", mistake.getMessage());
	}

	/**
	 * The options or commands a mistyped one was probably meant to be: of the command's options (or
	 * subcommands), the closest ones within the misspellings the language's own suggestions allow
	 * ({@link EditDistance}), or that the word begins.
	 * picocli's own suggestions always name some ("bogus" got "language-server", "genrate" three
	 * commands), and none for some commands' options.
	 */
	static List<String> meant(ParameterException mistake) {
		if (!(mistake instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
			return List.of();
		}
		String typed = unmatched.getUnmatched().get(0);
		if (typed.replaceFirst("^-+", "").length() < 2) {
			return List.of(); // "-x": every one-letter option is a letter away
		}
		CommandLine command = mistake.getCommandLine();
		List<String> candidates = new ArrayList<>();
		if (typed.startsWith("-")) {
			typed = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
			command.getCommandSpec().options().stream().filter(option -> !option.hidden()).forEach(option -> candidates.addAll(List.of(option.names())));
		} else {
			command.getSubcommands().forEach((name, subcommand) -> {
				if (!subcommand.getCommandSpec().usageMessage().hidden()) {
					candidates.add(name);
				}
			});
		}
		String parent = command.getCommandSpec().qualifiedName();
		int closest = Integer.MAX_VALUE;
		List<String> meant = new ArrayList<>();
		for (String suggestion : candidates) {
			int distance = typed.length() >= 3 && suggestion.startsWith(typed) ? 0 : EditDistance.between(typed, suggestion);
			if (distance > EditDistance.tolerance(typed) || distance > closest) {
				continue;
			}
			if (distance < closest) {
				meant.clear();
				closest = distance;
			}
			meant.add(suggestion.startsWith("-") ? suggestion : parent + " " + suggestion);
		}
		return meant;
	}

	private static List<String> labels(List<ArgSpec> missing) {
		return missing.stream().map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel()).toList();
	}
}
