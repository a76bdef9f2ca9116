package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The svc command as a pipeline sees it: output lines and exit codes. */
class SvcCommandTest {

	private static final Pattern FINDING = Pattern.compile("^.+\\.svc:\\d+:\\d+: (error|warning|info): .+ \\[[\\w.-]+\\]$");

	record Run(int exitCode, String out, String err) {
		List<String> lines() {
			return out.lines().toList();
		}
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = SvcCommand.commandLine(new PrintWriter(out), new PrintWriter(err), args).execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	/** As {@link #run}, every command set up whatever the arguments name. */
	static Run runAmongAll(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = SvcCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	static Path examples() {
		Path path = Paths.get(System.getProperty("svc.examples", "../../examples"));
		Assumptions.assumeTrue(Files.isDirectory(path), "examples/ not found at " + path.toAbsolutePath());
		return path;
	}

	@Test
	void cleanExamplesExitZero() {
		Run run = run("validate", examples().toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(List.of("6 files checked: 0 errors, 0 warnings."), run.lines());
	}

	@Test
	void brokenFilesAreReportedAsFileLineColumnAndExitOne() {
		Path errors = examples().resolve("errors").normalize();
		Run run = run("validate", errors.toString());
		assertEquals(1, run.exitCode());
		List<String> findings = run.lines().subList(0, run.lines().size() - 1);
		assertTrue(findings.size() >= 16, run.out());
		findings.forEach(line -> assertTrue(FINDING.matcher(line).matches(), "not file:line:col: severity: message [code]: " + line));
		assertTrue(run.lines().contains(errors.resolve("unknown-channel.svc") + ":10:13: error: Unknown channel 'billbord': "
				+ "declare it with 'channel billbord' in a .svc file of this folder, or fix the spelling. [svc.unknown-reference]"),
				run.out());
		assertTrue(run.lines().get(run.lines().size() - 1).matches("8 files checked: \\d+ errors, \\d+ warnings\\."), run.out());
	}

	/** Issue 20: the same findings and codes, in Chinese, with the summary line; back to English without --lang. */
	@Test
	void findingsInChineseWithLangZh() {
		Path errors = examples().resolve("errors").normalize();
		Run run = run("validate", "--lang", "zh", errors.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.lines().contains(errors.resolve("unknown-channel.svc") + ":10:13: error: 未知的渠道“billbord”："
				+ "请在本文件夹的某个 .svc 文件中用“channel billbord”声明它，或修正拼写。 [svc.unknown-reference]"), run.out());
		assertTrue(run.lines().get(run.lines().size() - 1).matches("已检查 8 个文件：\\d+ 个错误，\\d+ 个警告。"), run.out());
		assertEquals(2, run("validate", "--lang", "fr", errors.toString()).exitCode());
		Run english = run("validate", errors.toString());
		assertTrue(english.out().contains("Unknown channel 'billbord'"), english.out());
	}

	/** The launch-readiness checklist of a Chinese report lists the validator's findings in Chinese. */
	@Test
	void aChineseReportsChecklistCarriesChineseFindings(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("model");
		Files.createDirectories(model);
		Files.writeString(model.resolve("kiosk.svc"), """
				channel counter "柜台"
				service Kiosk "报亭" {
					journey { stage during { touchpoint pay "付款" { channel counter } } }
				}
				""", StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		Run run = run("generate", "--lang", "zh", "--format", "checklists", "-o", out.toString(), model.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String checklist = Files.readString(out.resolve("Kiosk/checklists/launch-readiness.md"), StandardCharsets.UTF_8);
		assertTrue(checklist.contains("接触点“pay”没有负责人：请添加“owner &lt;角色&gt;”（由谁对它负责）。"), checklist); // Markdown-escaped
		assertFalse(checklist.contains("has no owner"), checklist);
		run("validate", "--lang", "en", model.toString()); // the session outlives the command in this JVM
	}

	@Test
	void singleFileIsCheckedWithItsFolderAndWarningsFailOnlyWhenStrict(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("lib.svc"), "channel web \"Web\"\n", StandardCharsets.UTF_8);
		Path svc = dir.resolve("s.svc");
		Files.writeString(svc, "service S { place { channels web } }\n", StandardCharsets.UTF_8);
		Run run = run("validate", svc.toString());
		assertEquals(0, run.exitCode(), run.out());
		assertTrue(run.out().contains(svc + ":1:9: warning: Service 'S' does not describe the Ps"), run.out());
		assertTrue(run.out().endsWith("1 file checked: 0 errors, 1 warning.\n"), run.out());
		assertEquals(1, run("validate", "--strict", svc.toString()).exitCode());
	}

	@Test
	void missingPathIsAUsageError() {
		Run run = run("validate", "no/such/folder");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("no/such/folder: no such file or folder"), run.err());
	}

	@Test
	void otherFilesAreRefusedNotCrashedOn(@TempDir Path dir) throws IOException {
		Path notes = dir.resolve("notes.md");
		Files.writeString(notes, "# notes", StandardCharsets.UTF_8);
		Run run = run("validate", notes.toString());
		assertEquals(2, run.exitCode());
		assertEquals("svc: " + notes + ": not a .svc file", run.err().strip());
	}

	/** Who asked for Chinese gets the command's mistakes in Chinese too, with where the help is; the exit code is the same. */
	@Test
	void mistakesInTheCommandAreToldInTheLanguageAskedFor(@TempDir Path dir) {
		Run option = run("validate", "--lang", "zh", "--bogus", dir.toString());
		assertEquals(2, option.exitCode());
		assertEquals("svc validate: 未知的选项：“--bogus”\nUsage: svc validate [-hqV] [--info] [--strict] [--lang=LANG] PATH...\n"
				+ "用法见“svc validate --help”。", option.err().strip());
		Run path = run("validate", "--lang=zh", "no/such/folder");
		assertEquals(2, path.exitCode());
		assertEquals("svc: no/such/folder：文件或文件夹不存在", path.err().strip());
		Run missing = run("generate", "--lang", "zh", "-o", dir.resolve("out").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().startsWith("svc generate: 缺少必需的参数：PATH\n"), missing.err());
		Run format = run("generate", "--lang", "zh", "--format", "gif", dir.toString(), "-o", dir.resolve("out").toString());
		assertEquals(2, format.exitCode());
		assertEquals("svc generate: 未知的格式“gif”：请用 html、md、checklists、json、svg、png，或用逗号分隔的几种", format.err().strip());
		Run kind = run("generate", "--lang", "zh", "--diagram", "flow", dir.toString(), "-o", dir.resolve("out").toString());
		assertEquals(2, kind.exitCode());
		assertEquals("svc generate: 未知的图类型“flow”：请用 blueprint、journey、matrix、servqual、relationships、swot、opportunity-threat 或 loyalty",
				kind.err().strip());
		Run date = run("generate", "--lang", "zh", "--date", "3月2日", dir.toString(), "-o", dir.resolve("out").toString());
		assertEquals(2, date.exitCode());
		assertEquals("svc generate: --date“3月2日”不是日期：请写成 YYYY-MM-DD，例如 2026-03-02", date.err().strip());
		Run english = run("validate", "--bogus", dir.toString());
		assertEquals(2, english.exitCode());
		// The mistake, the synopsis and where the help is: not the whole help, whose paragraphs would push the mistake off the screen.
		assertEquals("svc validate: Unknown option: '--bogus'\nUsage: svc validate [-hqV] [--info] [--strict] [--lang=LANG] PATH...\n"
				+ "Run 'svc validate --help' for how to use it.", english.err().strip());
		Run typo = run("validate", "--lan", "zh", dir.toString());
		assertTrue(typo.err().startsWith("svc validate: Unknown option: '--lan'\nDid you mean --lang?\nUsage: svc validate"), typo.err());
		Run noOutput = run("generate", dir.toString());
		assertEquals(2, noOutput.exitCode());
		assertTrue(noOutput.err().startsWith("svc generate: Missing required parameter: --output\nUsage: svc generate"), noOutput.err());
		assertTrue(noOutput.err().lines().count() <= 5, "a few lines, not the whole help:\n" + noOutput.err());
		Run englishDate = run("generate", "--date", "2 March", dir.toString(), "-o", dir.resolve("out").toString());
		assertEquals(2, englishDate.exitCode());
		assertEquals("svc generate: --date '2 March' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-02", englishDate.err().strip());
		Run englishKind = run("generate", "--diagram", "flow", dir.toString(), "-o", dir.resolve("out").toString());
		assertEquals("svc generate: unknown diagram kind 'flow': use blueprint, journey, matrix, servqual, relationships, swot, "
				+ "opportunity-threat or loyalty", englishKind.err().strip());
		assertTrue(Files.notExists(dir.resolve("out")), "a mistaken command writes nothing");
	}

	@Test
	void aCommandsHelpAndMistakesReadTheSameWhenItIsTheOnlyOneSetUp() {
		// "svc generate ..." sets up generate alone (the others cost start-up time); "svc help generate"
		// sets up every command: a user must not see the difference.
		for (String command : List.of("validate", "format", "generate", "export", "language-server")) {
			Run alone = run(command, "--help");
			assertEquals(0, alone.exitCode(), command);
			assertEquals(run("help", command).out(), alone.out(), command);
			assertTrue(alone.out().startsWith("Usage: svc " + command), alone.out());
			for (String[] mistake : List.of(new String[] { command, "--no-such-option" }, new String[] { command, "--no-such-option", "a.svc" })) {
				Run mistaken = run(mistake);
				assertEquals(2, mistaken.exitCode(), command);
				assertTrue(mistaken.err().contains("Usage: svc " + command), mistaken.err());
				assertEquals(runAmongAll(mistake), mistaken, command);
			}
		}
		Run listed = run("--help");
		for (String command : List.of("validate", "format", "generate", "export", "language-server", "help")) {
			assertTrue(listed.out().contains("\n  " + command + " "), "svc --help lists " + command + ":\n" + listed.out());
		}
	}

	@Test
	void theHelpListsEachCommandWithASentenceAndKeepsItsParagraphsWhole() {
		// The descriptions were once lines cut at 120 characters that picocli wrapped again at 80:
		// svc --help listed "generate  Writes the documentation ... README.md listing them," and the
		// commands' help had lines of a few words in the middle of sentences.
		Run listed = run("--help");
		for (String command : List.of("validate", "format", "generate", "export", "language-server")) {
			String entry = listed.out().lines().dropWhile(line -> !line.startsWith("  " + command + " ")).findFirst().orElseThrow();
			String summary = entry.substring(("  " + command).length()).strip();
			assertTrue(summary.endsWith("."), "svc --help gives " + command + " a whole sentence on its line: " + entry);
			String help = run(command, "--help").out();
			List<String> lines = help.lines().toList();
			for (int i = 0; i + 1 < lines.size(); i++) {
				String line = lines.get(i), next = lines.get(i + 1);
				boolean paragraphGoesOn = !line.isBlank() && !next.isBlank() && !next.startsWith(" ") && !line.startsWith(" ")
						&& !line.startsWith("Usage:");
				assertFalse(paragraphGoesOn && line.length() < 60, command + " --help breaks a paragraph early at line " + (i + 1) + ":\n" + help);
			}
			assertTrue(help.contains("\nOptions:\n"), command + " --help heads its options:\n" + help);
		}
	}

	@Test
	void aMistypedCommandOrOptionGetsWhatItWasMeantToBeAndNothingFarFetched() {
		Map<List<String>, String> meant = new LinkedHashMap<>();
		meant.put(List.of("genrate", "x"), "svc: Unknown command: 'genrate'\nDid you mean svc generate?");
		meant.put(List.of("exprot", "x"), "svc: Unknown command: 'exprot'\nDid you mean svc export?");
		meant.put(List.of("gen", "x"), "svc: Unknown command: 'gen'\nDid you mean svc generate?");
		meant.put(List.of("generate", "--frmat", "svg", "-o", "out", "x"), "svc generate: Unknown option: '--frmat'\nDid you mean --format?");
		meant.put(List.of("generate", "--formt=svg", "-o", "out", "x"), "svc generate: Unknown option: '--formt=svg'\nDid you mean --format?");
		// picocli finds the missing -o before the typo: both are told, the typo first
		meant.put(List.of("generate", "--frmat", "svg", "x"),
				"svc generate: Unknown option: '--frmat'\nDid you mean --format?\nsvc generate: Missing required parameter: --output\nUsage: svc generate");
		meant.put(List.of("validate", "--lang", "zh", "--stict", "x"), "svc validate: 未知的选项：“--stict”\n是否想用 --strict？");
		// picocli offered "svc language-server" for "bogus", and every one-letter option for "-x"
		meant.put(List.of("bogus"), "svc: Unknown command: 'bogus'\nUsage: svc");
		meant.put(List.of("generate", "-x", "-o", "out", "x"), "svc generate: Unknown option: '-x'\nUsage: svc generate");
		meant.put(List.of("training-rn"), "svc: Unknown command: 'training-rn'\nUsage: svc"); // a hidden command stays hidden
		meant.forEach((args, expected) -> {
			Run run = run(args.toArray(String[]::new));
			assertEquals(2, run.exitCode(), String.join(" ", args));
			assertTrue(run.err().startsWith(expected), String.join(" ", args) + ":\n" + run.err());
		});
	}

	@Test
	void noCommandExplainsWhatToDo() {
		Run run = run();
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("Missing command: try 'svc validate <files or folders>'."), run.err());
	}

	@Test
	void formatRewritesAtomicallyAndCheckReports(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("c.svc");
		Files.writeString(file, "channel   web{kind web}", StandardCharsets.UTF_8);
		Run check = run("format", "--check", dir.toString());
		assertEquals(1, check.exitCode());
		assertEquals(List.of(file + ": not formatted"), check.lines());
		assertEquals(0, run("format", dir.toString()).exitCode());
		assertEquals("channel web {\n\tkind web\n}\n", Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(0, run("format", "--check", dir.toString()).exitCode());
		try (var files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "no temporary file left behind");
		}
	}

	@Test
	void formatLeavesBrokenFilesAlone(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("broken.svc");
		String text = "service S {   product {\n";
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Run run = run("format", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
		assertTrue(run.out().contains("fix the syntax errors first"), run.out());
	}

	@Test
	void distributionRunsWithoutADisplay() throws Exception {
		Path jar = Paths.get(System.getProperty("svc.cli.jar", "../org.svcworkbench.svc.cli/target/svc-cli.jar"));
		Assumptions.assumeTrue(Files.isRegularFile(jar), "CLI distribution not built at " + jar);
		ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
				"-jar", jar.toString(), "validate", examples().toString());
		pb.environment().remove("DISPLAY");
		pb.redirectErrorStream(true);
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), output);
		assertTrue(output.contains("6 files checked: 0 errors, 0 warnings."), output);
	}
}
