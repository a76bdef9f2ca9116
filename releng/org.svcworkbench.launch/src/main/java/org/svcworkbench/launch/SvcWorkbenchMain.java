package org.svcworkbench.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.launcher.Main;

/**
 * Runs the workbench through the Equinox launcher and, when it asks to be started again with new
 * arguments (exit code 24: File → Restart, File → Switch Workspace), writes the arguments to start
 * it with to the file the start script named ({@code -Dsvc.relaunch.file}), one per line, for the script to start it with.
 * Eclipse's native launcher does this in C; run with {@code java -jar}, the Equinox launcher has no
 * native side and prints the new command line to standard output instead, which this keeps out.
 */
public final class SvcWorkbenchMain {

	/** Restart with the same arguments. */
	public static final int RESTART = 23;
	/** Restart with the arguments in the exit data. */
	public static final int RELAUNCH = 24;

	static final String EXIT_DATA = "eclipse.exitdata";
	static final String VM = "eclipse.vm";
	static final String RELAUNCH_FILE = "svc.relaunch.file";

	private SvcWorkbenchMain() {
	}

	public static void main(String[] args) throws IOException {
		// the workbench builds the new command line from these; without eclipse.vm it refuses to switch workspaces
		if (System.getProperty(VM) == null) {
			ProcessHandle.current().info().command().ifPresent(java -> System.setProperty(VM, java));
		}
		PrintStream out = System.out;
		System.setOut(new ExitDataFilter(out));
		int code = new Main().run(args);
		System.setOut(out);
		if (code == RELAUNCH) {
			String file = System.getProperty(RELAUNCH_FILE);
			List<String> arguments = relaunchArguments(System.getProperty(EXIT_DATA), List.of(args));
			if (file == null) {
				// started without the script: say what the workbench asked for
				System.err.println("The workbench asked to be started again with: " + String.join(" ", arguments));
			} else {
				Files.writeString(Path.of(file), String.join("\n", arguments) + "\n", StandardCharsets.UTF_8);
			}
		}
		System.exit(code);
	}

	/**
	 * The program arguments to start the workbench with again, from the exit data it left for exit
	 * code 24. The workbench (File > Restart, Switch Workspace) leaves only what changes, one
	 * argument a line ("-data", the workspace's URL): those options replace the same options of
	 * this start and the others stay. An older form gives the whole command line, starting with the
	 * Java executable; its program arguments are taken (without -vm and -vmargs, which the script
	 * sets itself).
	 */
	static List<String> relaunchArguments(String exitData, List<String> current) {
		List<String> lines = exitData == null ? List.of() : Arrays.stream(exitData.split("\r?\n")).filter(line -> !line.isEmpty()).toList();
		if (lines.isEmpty()) {
			return current;
		}
		if (!lines.get(0).startsWith("-")) {
			List<String> arguments = new ArrayList<>(lines.subList(1, lines.size()));
			int vmargs = arguments.indexOf("-vmargs");
			if (vmargs >= 0) {
				arguments.subList(vmargs, arguments.size()).clear();
			}
			remove(arguments, "-vm");
			return List.copyOf(arguments);
		}
		List<String> arguments = new ArrayList<>(current);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("-")) {
				remove(arguments, lines.get(i));
			}
		}
		arguments.addAll(lines);
		return List.copyOf(arguments);
	}

	/** Removes an option, and its value when one follows, wherever it is. */
	private static void remove(List<String> arguments, String option) {
		for (int at = arguments.indexOf(option); at >= 0; at = arguments.indexOf(option)) {
			boolean valued = at + 1 < arguments.size() && !arguments.get(at + 1).startsWith("-");
			arguments.subList(at, valued ? at + 2 : at + 1).clear();
		}
	}

	/** Standard output without the one line the launcher prints: the exit data, when there is one. */
	static final class ExitDataFilter extends PrintStream {

		ExitDataFilter(PrintStream out) {
			super(out, true);
		}

		@Override
		public void println(String line) {
			String exitData = System.getProperty(EXIT_DATA);
			if (line != null && exitData != null && line.equals(exitData)) {
				return;
			}
			super.println(line);
		}
	}
}
