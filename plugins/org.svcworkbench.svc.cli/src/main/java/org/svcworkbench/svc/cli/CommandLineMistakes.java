package org.svcworkbench.svc.cli;

import java.io.PrintWriter;
import java.util.List;

import org.svcworkbench.svc.words.Findings;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot read (an unknown option, a missing path), told in the language its
 * --lang asks for, as the rest of the command's messages are: the mistake, picocli's suggestions
 * for a mistyped option (in English), the command's synopsis and where its help is (the help itself
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
		err.println(name + ": " + said(mistake));
		if (words.english()) {
			UnmatchedArgumentException.printSuggestions(mistake, err); // "Possible solutions: --lang", in picocli's English
		}
		CommandLine.Help help = command.getHelp();
		err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
		err.println(words.text("option.help", name));
		err.flush();
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

	private String said(ParameterException mistake) {
		if (mistake instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			return words.text(first.startsWith("-") ? "option.unknown" : "option.unmatched", first);
		}
		if (mistake instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			return words.text("option.missing", String.join(", ", labels(missing.getMissing())));
		}
		return words.text("option.other", mistake.getMessage());
	}

	private static List<String> labels(List<ArgSpec> missing) {
		return missing.stream().map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel()).toList();
	}
}
