package org.svcworkbench.svc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.svcworkbench.svc.cli.SvcCommandTest.examples;
import static org.svcworkbench.svc.cli.SvcCommandTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.cli.SvcCommandTest.Run;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.run.DocumentationOptions;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.generator.run.Format;
import org.svcworkbench.svc.generator.run.OutputFolder;
import org.svcworkbench.svc.load.FolderLock;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcSession;

/**
 * svc generate run again into the same folder, as a pipeline or a designer at work does: only what
 * changed is written, what is no longer documented goes, nothing else is touched, and the folder
 * always holds what a run into an empty folder would write.
 */
class IncrementalGenerateTest {

	private static final String[] OPTIONS = { "--date", "2026-03-02", "--lang", "zh", "--format", "html,md,checklists,json,svg" };

	@TempDir
	Path models;
	@TempDir
	Path out;
	@TempDir
	Path fresh;

	@BeforeEach
	void copyTheExamples() throws IOException {
		for (String example : List.of("cafe", "car-repair", "hotel")) {
			Path folder = Files.createDirectories(models.resolve(example));
			try (Stream<Path> files = Files.list(examples().resolve(example))) {
				for (Path file : files.toList()) {
					Files.copy(file, folder.resolve(file.getFileName()));
				}
			}
		}
	}

	@Test
	void nothingChangedWritesNothingAndSaysSo() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Map<String, FileTime> before = times(out);
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertEquals("无需生成：自上次生成到 " + out + " 以来，6 个文件均未改动。", again.out().strip(), "in the language asked for");
		assertEquals(before, times(out), "not one file rewritten");
	}

	@Test
	void oneChangedFileRedocumentsItsFolderOnlyAndTheResultIsAFullRunsResult() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Map<String, FileTime> before = times(out);
		Path stay = models.resolve("hotel/stay.svc");
		Files.writeString(stay, Files.readString(stay).replaceFirst("service Stay \"([^\"]*)\"", "service Stay \"$1 (renovated)\""));
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().matches("(?s)已为 2 个服务写入 \\d+ 个文件，输出到 .*（2 个服务未改动）。\\s*"), again.out());
		Map<String, FileTime> after = times(out);
		assertEquals(before.get("Cafe/index.html"), after.get("Cafe/index.html"), "another folder's pages are left as they are");
		assertFalse(before.get("Stay/index.html").equals(after.get("Stay/index.html")), "the changed folder's pages are new");
		assertTrue(Files.readString(out.resolve("index.html")).contains("(renovated)"), "the index has the new label");
		assertSameAsAFullRun();
		// Two folders taken from the manifest, one documented again: listed in folder order all the same.
		String index = Files.readString(out.resolve("index.html"));
		assertTrue(index.contains("共 4 个服务，分属 3 个文件夹：<span><a href=\"#folder-cafe\">cafe</a>（1）</span>、<span><a href=\"#folder-car-repair\">car-repair</a>（1）</span>、"
				+ "<span><a href=\"#folder-hotel\">hotel</a>（2）</span></p>"), index);
		assertTrue(index.indexOf("<h3>hotel</h3>") < index.lastIndexOf("(renovated)"), "the changed service under its folder");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(index);
		while (link.find()) {
			assertTrue(index.contains("id=\"" + link.group(1) + "\""), "#" + link.group(1) + " is on the page");
		}
		assertTrue(Files.readString(out.resolve("README.md")).contains("[car-repair](#car-repair)（1）、[hotel](#hotel)（2）\n\n### <a id=\"folder-cafe\"></a>cafe\n"));
	}

	@Test
	void anEditInsideOneServiceLeavesItsSiblingsPagesAsTheyWere() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Map<String, FileTime> before = times(out);
		Path stay = models.resolve("hotel/stay.svc");
		// Meetings shares the folder and a portfolio with Stay, and shows nothing of Stay but its label.
		Files.writeString(stay, Files.readString(stay).replaceFirst("description \"", "description \"Renovated in 2026. "));
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().matches("(?s)已为 1 个服务写入 \\d+ 个文件，输出到 .*（3 个服务未改动）。\\s*"), again.out());
		Map<String, FileTime> after = times(out);
		assertEquals(before.get("Meetings/index.html"), after.get("Meetings/index.html"), "the sibling's page is left as it was");
		assertFalse(before.get("Stay/index.html").equals(after.get("Stay/index.html")), "the edited service's page is new");
		assertSameAsAFullRun();
	}

	/**
	 * Edits to what services share (declarations in a folder's other files, a sibling's label, the
	 * lines above a declaration) and to a service's own file, one after another, each followed by a
	 * rerun: the folder always holds what a run into an empty folder writes, whichever services the
	 * rerun took as they were.
	 */
	@Test
	void aRerunAfterEditsToWhatServicesShareWritesWhatAFullRunWrites() throws IOException {
		assertEquals(0, generate(out).exitCode());
		List<String[]> edits = List.of(
				new String[] { "hotel/shared.svc", "\"在线旅行社 Online travel agencies\"", "\"在线旅行社 OTAs\"" },
				new String[] { "hotel/shared.svc", "\"会奖团队 MICE organisers\"", "\"会奖 MICE\"" },
				new String[] { "hotel/shared.svc", "\"Preferred stopover hotel of the airport\"", "\"The airport's hotel\"" },
				new String[] { "hotel/shared.svc", "\"会议经理 Event manager\"", "\"活动经理 Events lead\"" },
				new String[] { "hotel/shared.svc", "Rooms sold to leisure", "Rooms sold mostly to leisure" },
				new String[] { "hotel/shared.svc", "// Shared channels", "// A line above every declaration.\n// Shared channels" },
				new String[] { "hotel/stay.svc", "service Stay \"", "service Stay \"Lakeside " },
				new String[] { "hotel/meetings.svc", "\"Coffee breaks, group dinners, room blocks\"", "\"Coffee breaks and room blocks\"" },
				new String[] { "car-repair/library.svc", "channel wechat \"微信服务号\"", "channel wechat \"微信公众号\"" },
				new String[] { "car-repair/library.svc", "channel phone \"电话\"", "channel phone \"热线电话\"" });
		boolean siblingKept = false;
		for (String[] edit : edits) {
			Path file = models.resolve(edit[0]);
			String text = Files.readString(file);
			assertTrue(text.contains(edit[1]), edit[0] + " holds " + edit[1]);
			Files.writeString(file, text.replace(edit[1], edit[2]));
			Run again = generate(out);
			assertEquals(0, again.exitCode(), edit[1] + ": " + again.err());
			siblingKept |= edit[0].startsWith("hotel/") && again.out().contains("已为 1 个服务写入") && again.out().contains("（3 个服务未改动）");
			assertSameAsAFullRun();
		}
		assertTrue(siblingKept, "some edit to the hotel left one of its two services as it was");
	}

	@Test
	void anEditThatKeepsTheFilesSizeAndTimeIsSeenWhenItCameSoonAfterTheRun() throws IOException {
		// A rerun trusts the files' sizes and times only when they are older than the last run by a few
		// seconds; an edit in the same tick of the file system's clock can keep both.
		Path stay = models.resolve("hotel/stay.svc");
		FileTime modified = FileTime.fromMillis(System.currentTimeMillis());
		Files.setLastModifiedTime(stay, modified);
		assertEquals(0, generate(out).exitCode());
		String text = Files.readString(stay);
		String edited = text.replace("Overnight stay", "Overnight stax");
		assertEquals(text.getBytes(StandardCharsets.UTF_8).length, edited.getBytes(StandardCharsets.UTF_8).length);
		assertFalse(text.equals(edited));
		Files.writeString(stay, edited);
		Files.setLastModifiedTime(stay, modified);
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().matches("(?s)已为 2 个服务写入 \\d+ 个文件，输出到 .*"), again.out());
		assertSameAsAFullRun();
	}

	@Test
	void filesUntouchedSinceLongBeforeTheRunAreKnownUnchangedByTheirSizesAndTimes() throws IOException {
		FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
		try (Stream<Path> files = Files.walk(models)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, anHourAgo);
			}
		}
		assertEquals(0, generate(out).exitCode());
		// Same size, same time, other content: like git and make, the rerun takes the file as unchanged;
		// --force documents it.
		Path stay = models.resolve("hotel/stay.svc");
		Files.writeString(stay, Files.readString(stay).replace("Overnight stay", "Overnight stax"));
		Files.setLastModifiedTime(stay, anHourAgo);
		assertTrue(generate(out).out().startsWith("无需生成"));
		Run forced = generate(out, "--force");
		assertTrue(forced.out().matches("(?s)已为 4 个服务写入 \\d+ 个文件，输出到 .*"), forced.out());
	}

	@Test
	void whatIsNoLongerDocumentedIsRemovedAndNothingElse() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Files.writeString(out.resolve("Cafe/notes.txt"), "the designer's own notes");
		Files.writeString(out.resolve("published.txt"), "a file the pipeline put there");
		// A diagram goes (the café's blueprint "grab" is renamed), and a whole service (the car-repair folder).
		Path cafe = models.resolve("cafe/cafe.svc");
		Files.writeString(cafe, Files.readString(cafe).replaceAll("\\bgrab\\b", "takeaway"));
		try (Stream<Path> files = Files.list(models.resolve("car-repair"))) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(models.resolve("car-repair"));
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.out() + again.err());
		assertTrue(again.out().contains("；删除了不再生成的 "), again.out());
		assertFalse(Files.exists(out.resolve("Cafe/blueprint-grab.svg")), "the renamed blueprint's old file is gone");
		assertTrue(Files.exists(out.resolve("Cafe/blueprint-takeaway.svg")));
		assertFalse(Files.exists(out.resolve("汽车售后服务")), "the removed service's folder is gone");
		assertTrue(Files.exists(out.resolve("Cafe/notes.txt")) && Files.exists(out.resolve("published.txt")), "files the tool did not write stay");
		Files.delete(out.resolve("Cafe/notes.txt"));
		Files.delete(out.resolve("published.txt"));
		assertSameAsAFullRun();
	}

	@Test
	void otherOptionsOrAFileDeletedByHandMeanDocumentingAgain() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Files.delete(out.resolve("Cafe/journey.svg"));
		Run again = generate(out);
		assertTrue(again.out().contains("已为 1 个服务写入") && again.out().contains("（3 个服务未改动）"), again.out());
		assertTrue(Files.exists(out.resolve("Cafe/journey.svg")));
		Run english = run("generate", models.toString(), "-o", out.toString(), "--date", "2026-03-02", "--format", "html");
		assertTrue(english.out().startsWith("Wrote 5 files for 4 services") && english.out().contains("; removed "), english.out());
		assertFalse(Files.exists(out.resolve("model.json")) || Files.exists(out.resolve("Cafe/journey.svg")), "only HTML is asked for now");
		Run forced = run("generate", models.toString(), "-o", out.toString(), "--date", "2026-03-02", "--format", "html", "--force");
		assertTrue(forced.out().startsWith("Wrote 5 files for 4 services to "), forced.out());
	}

	@Test
	void errorsFailEveryRunUntilTheyAreFixedEvenWhenNothingChanged() throws IOException {
		Path stay = models.resolve("hotel/stay.svc");
		String good = Files.readString(stay);
		Files.writeString(stay, good.replaceFirst("channel website", "channel webiste"), StandardCharsets.UTF_8);
		Run first = generate(out);
		Run second = generate(out);
		assertEquals(1, first.exitCode());
		assertEquals(1, second.exitCode(), "a rerun with nothing changed still fails");
		assertTrue(second.out().startsWith("无需生成"), second.out());
		assertEquals(first.err(), second.err(), "and prints the same findings");
		Files.writeString(stay, good, StandardCharsets.UTF_8);
		assertEquals(0, generate(out).exitCode());
		assertSameAsAFullRun();
	}

	@Test
	void glyphsTheFontLacksAreToldWhileDiagramsWithBoxesAreInTheOutput() throws IOException {
		// Old Hungarian: no installed font draws it.
		Path meetings = models.resolve("hotel/meetings.svc");
		String good = Files.readString(meetings);
		Files.writeString(meetings, good.replace("\"布场 Room set-up\"", "\"布场 Room set-up 𐲀\""), StandardCharsets.UTF_8);
		String warning = "没有“𐲀”的字形，这些字在图中显示为方框。";
		Run first = generate(out);
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.err().contains("svc generate: warning: 字体 ") && first.err().contains(warning), first.err());
		Path cafe = models.resolve("cafe/cafe.svc");
		Files.writeString(cafe, Files.readString(cafe).replace("Greet and take order", "Greet, then take the order"), StandardCharsets.UTF_8);
		Run other = generate(out);
		assertTrue(other.out().contains("未改动"), other.out());
		assertTrue(other.err().contains(warning), "the hotel's diagrams, left as they were, still show boxes: " + other.err());
		Files.writeString(meetings, good, StandardCharsets.UTF_8);
		Run fixed = generate(out);
		assertFalse(fixed.err().contains("字形"), fixed.err());
	}

	@Test
	void aRerunClearsAKilledRunsLeftoversAmongTheFilesItKnowsAndKeepsEverythingElse() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Path serviceFolder;
		try (Stream<Path> folders = Files.list(out)) {
			serviceFolder = folders.filter(f -> Files.isRegularFile(f.resolve("index.html"))).sorted().findFirst().orElseThrow();
		}
		Path leftover = serviceFolder.resolve(".index.html.0123456789ab.tmp");
		Files.writeString(leftover, "half a page");
		Path ours = Files.writeString(serviceFolder.resolve("notes.txt"), "the reviewer's notes");
		Path deeper = Files.writeString(Files.createDirectories(serviceFolder.resolve("drafts")).resolve(".x.svg.0123456789ab.tmp"), "half");
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().startsWith("无需生成"), again.out());
		assertFalse(Files.exists(leftover), "a killed run's temporary file beside the files the manifest lists");
		assertFalse(Files.exists(deeper), "and in a folder the manifest does not know");
		assertEquals("the reviewer's notes", Files.readString(ours), "a file the tool did not write stays");
	}

	/**
	 * A run stopped midway (here by a file in the way of the last folder's pages; Ctrl-C or a
	 * pipeline's time limit stop it the same way) leaves a journal of the folders it finished: the
	 * next run takes those as they are and documents the rest, and the result is a full run's.
	 */
	@Test
	void aStoppedRunIsContinuedWhereItStoppedAndEndsAsAFullRun() throws IOException {
		Path inTheWay = Files.writeString(Files.createDirectories(out).resolve("Meetings"), "a file where the hotel's pages go");
		Run stopped = generate(out);
		assertEquals(2, stopped.exitCode(), stopped.err());
		Path journal = out.resolve(".svc-journal.jsonl");
		assertTrue(Files.isRegularFile(journal), "the stopped run leaves its journal: " + stopped.err());
		Map<String, FileTime> before = times(out);
		assertTrue(before.containsKey("Cafe/index.html") && !before.containsKey("index.html"), before.keySet().toString());
		Files.delete(inTheWay);
		// A machine that went down as a line was written leaves it cut short: the line is not taken, the others are.
		Files.writeString(journal, "{\"done\":{\"folder\":\"" + models.resolve("hotel") + "\",\"written\":[\"Sta", java.nio.file.StandardOpenOption.APPEND);
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().matches("(?s)已为 2 个服务写入 \\d+ 个文件，输出到 .*（2 个服务沿用此前被中断的运行写好的结果）。\\s*"), again.out());
		Map<String, FileTime> after = times(out);
		for (String file : List.of("Cafe/index.html", "Cafe/README.md")) {
			assertEquals(before.get(file), after.get(file), file + ": what the stopped run finished is kept, not written again");
		}
		assertFalse(Files.exists(journal), "a run that ends well removes the journal");
		assertSameAsAFullRun();
	}

	/**
	 * The folders a stopped run finished are taken as it left them, without being checked again,
	 * their model.json entries from the part of model.json it left; only the folder it stopped in is
	 * checked and documented, and the result is a full run's, with nothing of the stopped run left over.
	 */
	@Test
	void aContinuedRunChecksOnlyTheFoldersTheStoppedRunDidNotFinish() throws IOException {
		Path inTheWay = Files.writeString(Files.createDirectories(out).resolve("Meetings"), "a file where the hotel's pages go");
		List<Path> checked = new java.util.ArrayList<>();
		java.io.IOException stop = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> document(out, checked));
		assertEquals(List.of(models.resolve("cafe"), models.resolve("car-repair"), models.resolve("hotel")), checked, stop.toString());
		List<String> left = hidden(out);
		assertTrue(left.contains(".svc-journal.jsonl") && left.stream().anyMatch(f -> f.matches("\\.model\\.json\\.[0-9a-f]{12}\\.tmp")),
				"the stopped run leaves its journal and its model.json so far: " + left);
		Files.delete(inTheWay);
		checked.clear();
		DocumentationRun.Outcome again = document(out, checked);
		assertEquals(List.of(models.resolve("hotel")), checked, "the café's and the garage's folders are taken unchecked");
		assertEquals(2, again.continued(), "the café and the garage");
		assertEquals(2, again.documented(), "the hotel's two services");
		assertEquals(List.of(".svc-manifest.json"), hidden(out), "the journal and the stopped run's model.json are gone");
		try (Stream<Path> walk = Files.walk(fresh)) {
			assertEquals(1, walk.count(), "fresh is empty");
		}
		document(fresh, new java.util.ArrayList<>());
		assertSameFiles(fresh, out);
	}

	/**
	 * Two stopped runs: the first finishes the café; after an edit the second begins the café again
	 * and stops inside it, having rewritten its page. With the edit taken back, the first run's entry
	 * would vouch for the café's files, but they are no longer what it wrote: the café is documented again.
	 */
	@Test
	void aFolderALaterStoppedRunBeganAgainIsNotTakenFromAnEarlierOne() throws IOException {
		Path meetings = Files.writeString(Files.createDirectories(out).resolve("Meetings"), "a file where the hotel's pages go");
		assertEquals(2, generate(out).exitCode());
		Path cafe = models.resolve("cafe/cafe.svc");
		String original = Files.readString(cafe);
		Files.writeString(cafe, original.replaceFirst("service (\\w+) \"", "service $1 \"(reopened) "));
		Path readme = out.resolve("Cafe/README.md");
		byte[] readmeBytes = block(readme);
		assertEquals(2, generate(out).exitCode());
		assertTrue(Files.readString(out.resolve("Cafe/index.html")).contains("(reopened)"), "the second stopped run rewrote the café's page");
		Files.writeString(cafe, original);
		putBack(readme, readmeBytes);
		Files.delete(meetings);
		assertTheNextRunWritesAgain("Cafe/index.html", "(reopened)");
	}

	/**
	 * A first run stops in the hotel's folder after writing Meetings' files, before any manifest;
	 * Meetings is then removed from the model. The next run removes the files the stopped one wrote
	 * for it, which the journal listed before they were written, and nothing else.
	 */
	@Test
	void whatAStoppedRunWroteInAFolderItDidNotFinishIsRemovedWhenItsServiceIsGone() throws IOException {
		assertEquals(0, generate(out).exitCode());
		byte[] stayPage = block(out.resolve("Stay/index.html"));
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(out) && !f.startsWith(out.resolve("Stay"))).toList()) {
				Files.delete(file);
			}
		}
		assertEquals(2, generate(out).exitCode(), "a first run, stopped at Stay's page");
		assertTrue(Files.exists(out.resolve("Meetings/index.html")) && !Files.exists(out.resolve(".svc-manifest.json")));
		putBack(out.resolve("Stay/index.html"), stayPage);
		Files.writeString(out.resolve("Meetings/notes.txt"), "the designer's own notes");
		Files.delete(models.resolve("hotel/meetings.svc"));
		Path shared = models.resolve("hotel/shared.svc");
		Files.writeString(shared, Files.readString(shared).replace("services Stay, Meetings", "services Stay"));
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertOnlyTheUsersNotesLeftIn("Meetings");
	}

	/** A stopped run's model.json cut short (a machine that went down) no longer vouches for the folders whose entries are missing. */
	@Test
	void aFolderWhoseEntriesTheStoppedRunsModelJsonLacksIsCheckedAgain() throws IOException {
		Path inTheWay = Files.writeString(Files.createDirectories(out).resolve("Meetings"), "a file where the hotel's pages go");
		List<Path> checked = new java.util.ArrayList<>();
		org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> document(out, checked));
		Files.delete(inTheWay);
		Path twin = out.resolve(hidden(out).stream().filter(f -> f.endsWith(".tmp")).findFirst().orElseThrow());
		try (var channel = java.nio.channels.FileChannel.open(twin, java.nio.file.StandardOpenOption.WRITE)) {
			channel.truncate(100); // the header and a little of the café's entries
		}
		checked.clear();
		DocumentationRun.Outcome again = document(out, checked);
		assertEquals(List.of(models.resolve("cafe"), models.resolve("car-repair"), models.resolve("hotel")), checked);
		assertEquals(2, again.continued(), "their pages are still taken service by service");
		document(fresh, new java.util.ArrayList<>());
		assertSameFiles(fresh, out);
	}

	/** Puts a folder where a written file was, so that the next run stops there; the file's bytes. */
	private static byte[] block(Path page) throws IOException {
		byte[] bytes = Files.readAllBytes(page);
		Files.delete(page);
		Files.createDirectories(page.resolve("in-the-way"));
		return bytes;
	}

	/** The file as it was, in place of the folder that blocked it. */
	private static void putBack(Path page, byte[] bytes) throws IOException {
		Files.delete(page.resolve("in-the-way"));
		Files.delete(page);
		Files.write(page, bytes);
	}

	/**
	 * A run tells which of the documentation's files it wrote or removed, so that a workbench mirroring
	 * the folder looks again at those only: all on a first run, the changed service's and the index
	 * pages after an edit (a renamed diagram's old and new files), none when nothing changed.
	 */
	@Test
	void aRunTellsWhichFilesItWroteAndRemoved() throws IOException {
		Set<String> first = touchedByARun(out);
		Set<String> onDisk;
		try (Stream<Path> files = Files.walk(out)) {
			onDisk = files.filter(Files::isRegularFile).map(file -> out.relativize(file).toString().replace('\\', '/'))
					.filter(name -> !name.startsWith(".")).collect(java.util.stream.Collectors.toSet());
		}
		assertEquals(onDisk, first, "a first run wrote every file of the documentation");

		Path cafe = models.resolve("cafe/cafe.svc");
		Files.writeString(cafe, Files.readString(cafe).replaceAll("\\bgrab\\b", "takeaway"));
		Set<String> second = touchedByARun(out);
		assertTrue(second.containsAll(Set.of("Cafe/blueprint-takeaway.svg", "Cafe/blueprint-grab.svg", "index.html", "model.json")), second.toString());
		assertTrue(second.stream().allMatch(file -> !file.contains("/") || file.startsWith("Cafe/")), "the café's files and the index only: " + second);
		assertFalse(Files.exists(out.resolve("Cafe/blueprint-grab.svg")));

		assertEquals(Set.of(), touchedByARun(out), "nothing changed, nothing touched");
	}

	private Set<String> touchedByARun(Path into) throws IOException {
		try (OutputFolder output = new OutputFolder(into)) {
			document(output, new java.util.ArrayList<>());
			return output.touched();
		}
	}

	/** The hidden files in the output folder: the manifest, a journal, temporary twins. */
	private static List<String> hidden(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(".")).sorted().toList();
		}
	}

	/** A run through the API the front ends share, telling which folders it checked. */
	private DocumentationRun.Outcome document(Path into, List<Path> checked) throws IOException {
		try (OutputFolder output = new OutputFolder(into)) {
			return document(output, checked);
		}
	}

	private DocumentationRun.Outcome document(OutputFolder output, List<Path> checked) throws IOException {
		DocumentationOptions options = new DocumentationOptions(Format.parse(List.of("html", "md", "checklists", "json", "svg")),
				DocumentationOptions.diagramKinds(List.of("blueprint", "journey")), DiagramLanguage.of("zh"), java.time.LocalDate.of(2026, 3, 2), false);
		FolderLock.Waiting alone = holder -> fail("no other run writes into " + output.root() + ", yet " + holder + " held it");
		return new DocumentationRun(options, DiagramFont.installed(), new DocumentationRun.Listener() {
			@Override
			public void finding(SvcDiagnostic diagnostic) {
			}

			@Override
			public void skipped(Path file, String service, Path needs) {
				fail("the examples have no errors: " + service);
			}

			@Override
			public void missingGlyphs(String glyphs, String fontFamily, String fontPackage) {
			}

			@Override
			public void checked(org.svcworkbench.svc.load.CheckedFolder folder) {
				checked.add(folder.folder());
			}
		}).run(SvcSession.standalone(), SvcFolders.collect(List.of(models)), output.prepare(alone));
	}

	/** What a stopped run wrote for a service removed since is removed, as the journal lists it; nothing else is. */
	@Test
	void whatAStoppedRunWroteForAServiceRemovedSinceIsRemovedAndNothingElse() throws IOException {
		Path inTheWay = Files.writeString(Files.createDirectories(out).resolve("Meetings"), "a file where the hotel's pages go");
		assertEquals(2, generate(out).exitCode());
		assertTrue(Files.exists(out.resolve("Cafe/index.html")), "the stopped run documented the café");
		Files.writeString(out.resolve("Cafe/notes.txt"), "the designer's own notes");
		Files.delete(inTheWay);
		Files.delete(models.resolve("cafe/cafe.svc"));
		Files.delete(models.resolve("cafe"));
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("；删除了不再生成的 "), again.out());
		assertFalse(Files.exists(out.resolve("Cafe/index.html")), "no manifest lists it: the journal does");
		assertOnlyTheUsersNotesLeftIn("Cafe");
	}

	/**
	 * The service folder of a service that is gone holds only the notes.txt the user put there (the
	 * tool never removes a file it did not write); without them, the output is a full run's.
	 */
	private void assertOnlyTheUsersNotesLeftIn(String serviceFolder) throws IOException {
		try (Stream<Path> left = Files.list(out.resolve(serviceFolder))) {
			assertEquals(List.of("notes.txt"), left.map(f -> f.getFileName().toString()).toList(), "only the file the tool did not write stays");
		}
		Files.delete(out.resolve(serviceFolder + "/notes.txt"));
		Files.delete(out.resolve(serviceFolder));
		assertSameAsAFullRun();
	}

	/**
	 * What a stopped run began to write is documented again even when the manifest of the run
	 * before it would vouch for the folder: here its edit is taken back, and the page the stopped
	 * run could not write is back as it was, but the other service's page holds the edit.
	 */
	@Test
	void aFolderAStoppedRunBeganIsDocumentedAgainThoughTheManifestWouldTakeIt() throws IOException {
		assertEquals(0, generate(out).exitCode());
		Path meetings = models.resolve("hotel/meetings.svc");
		String original = Files.readString(meetings);
		Files.writeString(meetings, original.replace("Meetings and events", "Meetings and events (rebuilt)"));
		Path stayPage = out.resolve("Stay/index.html");
		byte[] stayBytes = block(stayPage);
		Run stopped = generate(out);
		assertEquals(2, stopped.exitCode(), stopped.err());
		assertTrue(Files.readString(out.resolve("Meetings/index.html")).contains("(rebuilt)"), "the stopped run wrote the first service's page");
		Files.writeString(meetings, original);
		putBack(stayPage, stayBytes);
		assertTheNextRunWritesAgain("Meetings/index.html", "(rebuilt)");
	}

	/** The next run writes again the page a stopped run wrote from an edit since taken back, and ends as a full run. */
	private void assertTheNextRunWritesAgain(String page, String edit) throws IOException {
		Run again = generate(out);
		assertEquals(0, again.exitCode(), again.err());
		assertFalse(Files.readString(out.resolve(page)).contains(edit), page + ": the page the stopped run wrote is written again");
		assertSameAsAFullRun();
	}

	@Test
	void theDiagramsFontIsLoadedOnlyWhenAFolderIsDocumented() throws IOException {
		java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
		java.util.function.Supplier<DiagramFont> font = () -> {
			loads.incrementAndGet();
			return DiagramFont.installed();
		};
		DocumentationOptions options = new DocumentationOptions(Format.parse(List.of("html", "md", "checklists", "json", "svg")),
				DocumentationOptions.diagramKinds(List.of("blueprint", "journey")), DiagramLanguage.of("en"), java.time.LocalDate.of(2026, 3, 2), false);
		Map<Path, List<Path>> folders = SvcFolders.collect(List.of(models));
		List<String> skipped = new java.util.ArrayList<>();
		DocumentationRun.Listener listener = new SkippedServices(skipped);
		FolderLock.Waiting alone = holder -> fail("no other run writes into " + out + ", yet " + holder + " held it");
		try (OutputFolder first = new OutputFolder(out)) {
			new DocumentationRun(options, font, listener).run(SvcSession.standalone(), folders, first.prepare(alone));
		}
		assertEquals(List.of(), skipped);
		assertEquals(1, loads.get(), "the first run draws the diagrams");
		DocumentationRun.Outcome again;
		try (OutputFolder second = new OutputFolder(out)) {
			again = new DocumentationRun(options, font, listener).run(SvcSession.standalone(), folders, second.prepare(alone));
		}
		assertTrue(again.upToDate(), "nothing changed");
		assertEquals(1, loads.get(), "a run that draws nothing never loads the font (nor ELK, nor AWT)");
	}

	/** The services a run left undocumented; the examples have none. */
	private record SkippedServices(List<String> skipped) implements DocumentationRun.Listener {
		@Override
		public void finding(SvcDiagnostic diagnostic) {
			// the examples' warnings are not what this test is about
		}

		@Override
		public void skipped(Path file, String service, Path needs) {
			skipped.add(service);
		}

		@Override
		public void missingGlyphs(String glyphs, String fontFamily, String fontPackage) {
			skipped.add("glyphs " + glyphs);
		}
	}

	private Run generate(Path into, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("generate", models.toString(), "-o", into.toString()));
		args.addAll(List.of(OPTIONS));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	/**
	 * A service whose model has errors is not documented, and the index pages say so, with where to
	 * look: a reader of the documentation learns that it is missing. Reruns that take its folder as
	 * it was say the same, until it is fixed.
	 */
	@Test
	void aServiceWithErrorsIsNamedInTheIndexWithWhereToLookUntilFixed() throws IOException {
		Path cafe = models.resolve("cafe/cafe.svc");
		String text = Files.readString(cafe);
		Files.writeString(cafe, text.replace("channels counter, app, delivery", "channels counter, ap, delivery"));
		assertEquals(1, generate(out).exitCode());
		String html = "<li><strong>Cafe</strong>——cafe/cafe.svc，第 73 行</li>", markdown = "\n- **Cafe**——cafe/cafe.svc，第 73 行\n";
		assertTrue(Files.readString(out.resolve("index.html")).contains("<h2>未生成文档</h2>\n<p>这些服务的模型有错误，因此本文档中没有它们的页面。"),
				"a section of its own");
		assertTrue(Files.readString(out.resolve("index.html")).contains(html), "the service, its file and the line of its first error");
		assertTrue(Files.readString(out.resolve("README.md")).contains(markdown), "in the Markdown index too");
		String notice = "4 个服务中有 1 个的模型有错误，未生成文档。";
		assertTrue(Files.readString(out.resolve("index.html")).contains("<strong>" + notice + "</strong>"), "counted at the top");
		assertTrue(Files.readString(out.resolve("README.md")).contains("> **" + notice + "**"), "counted at the top");
		assertFalse(Files.exists(out.resolve("Cafe/index.html")));

		Path stay = models.resolve("hotel/stay.svc");
		Files.writeString(stay, Files.readString(stay).replaceFirst("description \"", "description \"Renovated in 2026. "));
		Run again = generate(out);
		assertEquals(1, again.exitCode(), again.err());
		assertTrue(again.out().contains("；1 个服务因错误未生成文档；模型中有 1 个错误（见上文），本次运行失败。"), again.out());
		assertTrue(Files.readString(out.resolve("index.html")).contains(html), "the café's folder taken as it was: still named");
		assertSameAsAFullRun(1);

		Files.writeString(cafe, text);
		assertEquals(0, generate(out).exitCode());
		assertFalse(Files.readString(out.resolve("index.html")).contains("not-documented"), "fixed: no longer named");
		assertFalse(Files.readString(out.resolve("README.md")).contains("**Cafe**"));
		assertTrue(Files.exists(out.resolve("Cafe/index.html")));
		assertSameAsAFullRun();
	}

	/**
	 * A file with errors that holds no service (channels that do not parse, a file saved in another
	 * encoding) keeps nothing from being documented, yet what it declares is missing: the index
	 * pages name it with its first error's line and count it at the top, as reruns that take its
	 * folder as it was do, until it is fixed.
	 */
	@Test
	void aFileWithErrorsAndNoServiceIsNamedInTheIndexUntilFixed() throws IOException {
		Path channels = models.resolve("cafe/channels.svc");
		Files.writeString(channels, "channel kiosk \"Kiosk\" {\n\tkind in-persn\n}\n");
		Path gbk = models.resolve("hotel/legacy.svc");
		Files.write(gbk, "channel desk \"服务台\" {\n\tkind in-person\n}\n".getBytes(java.nio.charset.Charset.forName("GBK"))); // not UTF-8
		assertEquals(1, generate(out).exitCode());
		String html = Files.readString(out.resolve("index.html")), markdown = Files.readString(out.resolve("README.md"));
		String notice = "模型中有 2 个文件有错误，其中声明的内容可能在这些页面中缺失。";
		assertTrue(html.contains("<strong>" + notice + "</strong> <a href=\"#not-documented\">"), html);
		assertTrue(markdown.contains("> **" + notice + "** [查看未生成文档的内容及错误位置](#未生成文档)"), markdown);
		assertTrue(html.contains("<h2>未生成文档</h2>\n<p>模型中的以下文件有错误。") && !html.contains("这些服务的模型有错误"), "files only: no services' paragraph");
		assertTrue(html.contains("<li>cafe/channels.svc，第 2 行</li>\n<li>hotel/legacy.svc，第 1 行</li>\n</ul>"), html);
		assertTrue(markdown.contains("\n- cafe/channels.svc，第 2 行\n- hotel/legacy.svc，第 1 行\n"), "in folder order: " + markdown);
		assertTrue(Files.exists(out.resolve("Cafe/index.html")), "the café itself is documented");

		Path stay = models.resolve("hotel/stay.svc");
		Files.writeString(stay, Files.readString(stay).replaceFirst("description \"", "description \"Renovated in 2026. "));
		Run again = generate(out);
		assertEquals(1, again.exitCode(), again.err());
		assertTrue(Files.readString(out.resolve("index.html")).contains("<li>cafe/channels.svc，第 2 行</li>"), "the café's folder taken as it was");
		assertSameAsAFullRun(1);

		Files.delete(channels);
		Files.delete(gbk);
		assertEquals(0, generate(out).exitCode());
		assertFalse(Files.readString(out.resolve("index.html")).contains("not-documented"), "fixed: no longer named");
		assertSameAsAFullRun();
	}

	/**
	 * A service that uses a name only an unreadable file of its folder would declare gets no error
	 * of its own (the unknown name is not reported: see SvcResourceValidator), yet documenting it
	 * would leave that name out without a word. It is left out, with the file it needs as where to
	 * look, in the log and in the index; reruns say the same until the file is fixed.
	 */
	@Test
	void aServiceThatNeedsAnUnreadableFileIsNamedWithThatFile() throws IOException {
		Path service = models.resolve("car-repair/after-sales.svc");
		String text = Files.readString(service);
		Files.writeString(service, text.replace("channels 业务厅, phone, wechat, letter", "channels 业务厅, phone, wechat, letter, kiosk"));
		Path kiosk = models.resolve("car-repair/kiosk.svc");
		Files.write(kiosk, "channel kiosk \"自助服务台\" {\n\tkind self-service\n}\n".getBytes(java.nio.charset.Charset.forName("GBK")));
		Run run = generate(out);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains(service + "：服务“汽车售后服务”需要的 " + kiosk + " 有错误，未生成文档。"),
				run.err());
		assertFalse(run.err().contains("kiosk'"), "the unknown name itself is not reported: " + run.err());
		assertFalse(Files.exists(out.resolve("汽车售后服务")), "not documented without its channel");
		String html = Files.readString(out.resolve("index.html"));
		assertTrue(html.contains("<li><strong>汽车售后服务</strong>——car-repair/kiosk.svc，第 1 行</li>"), "where to look: the file it needs");
		assertTrue(html.contains("<strong>4 个服务中有 1 个的模型有错误，未生成文档。</strong>") && !html.contains("另有"),
				"the file it needs is named once, with the service");

		Path stay = models.resolve("hotel/stay.svc");
		Files.writeString(stay, Files.readString(stay).replaceFirst("description \"", "description \"Renovated in 2026. "));
		Run again = generate(out);
		assertEquals(1, again.exitCode(), again.err());
		assertTrue(again.err().contains("需要的 " + kiosk + " 有错误"), "told again from the manifest: " + again.err());
		assertSameAsAFullRun(1);

		Files.writeString(kiosk, "channel kiosk \"自助服务台\" {\n\tkind self-service\n}\n");
		assertEquals(0, generate(out).exitCode());
		assertTrue(Files.exists(out.resolve("汽车售后服务/index.html")), "documented once the file reads");
		assertSameAsAFullRun();
	}

	private void assertSameAsAFullRun() throws IOException {
		assertSameAsAFullRun(0);
	}

	/** The folder holds what a run into an empty folder writes (which exits so), byte for byte, and no more. */
	private void assertSameAsAFullRun(int exitCode) throws IOException {
		try (Stream<Path> walk = Files.walk(fresh)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(fresh)).toList()) {
				Files.delete(path);
			}
		}
		assertEquals(exitCode, generate(fresh).exitCode());
		assertSameFiles(fresh, out);
	}

	/** The two output folders hold the same files, byte for byte, the manifest aside. */
	static void assertSameFiles(Path expected, Path actual) throws IOException {
		Map<String, byte[]> want = contents(expected), got = contents(actual);
		assertEquals(want.keySet(), got.keySet());
		for (String file : want.keySet()) {
			assertArrayEquals(want.get(file), got.get(file), file);
		}
	}

	private static Map<String, byte[]> contents(Path dir) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		for (String file : times(dir).keySet()) {
			contents.put(file, Files.readAllBytes(dir.resolve(file)));
		}
		return contents;
	}

	/** Every file but the manifest (it names the folders it was run on), with its modification time. */
	private static Map<String, FileTime> times(Path dir) throws IOException {
		Map<String, FileTime> times = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String name = dir.relativize(file).toString().replace('\\', '/');
				if (!name.equals(".svc-manifest.json")) {
					times.put(name, Files.getLastModifiedTime(file));
				}
			}
		}
		return times;
	}
}
