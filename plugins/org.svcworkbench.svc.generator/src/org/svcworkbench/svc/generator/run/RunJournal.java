package org.svcworkbench.svc.generator.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * What a run has written so far, kept in the output folder as {@value #FILE} until its manifest is
 * written, so that a run stopped midway (Ctrl-C, a pipeline's time limit, a killed machine) is
 * continued by the next one instead of started again. One JSON object a line: the run's settings;
 * the temporary twin its model.json is written into ("json"), which a stopped run leaves behind;
 * each folder model as the run begins writing its files ("begun", before the first one), each
 * service's files before they are written ("writing"), and the folder's
 * manifest entry once they are all written, its pictures too ("done"), its model.json entries
 * already in the twin at the offsets the entry gives. A run that ends well removes the journal and
 * the twins it names; one that is stopped again appends to it. A line cut short by a stop is ignored.
 */
final class RunJournal implements AutoCloseable {

	static final String FILE = ".svc-journal.jsonl";
	private static final String FORMAT = "svc-journal-1";
	/** A temporary twin of model.json in the output folder, as AtomicFiles names one. */
	private static final java.util.regex.Pattern TWIN = java.util.regex.Pattern.compile("\\.model\\.json\\.[0-9a-f]{12}\\.tmp");

	/**
	 * What the journals of stopped runs say: the folders whose files they began to write (what the
	 * manifest says of them no longer holds), the entries of those they finished under each run's
	 * settings (the last one of a folder counts, and none once a later run began it again), every file
	 * they wrote, and the temporary twins of model.json they left (relative to the output folder).
	 */
	record Left(Set<String> touched, Map<String, Done> done, Set<String> written, Set<String> jsonTwins) {
		static final Left NONE = new Left(Set.of(), Map.of(), Set.of(), Set.of());

		/**
		 * A folder's files all written, under a run's settings; its model.json entries are in the twin
		 * named (relative to the output folder; null when that run wrote no model.json) at the entry's offsets.
		 */
		record Done(String settings, Manifest.Folder entry, String jsonTwin) {
		}

		boolean isEmpty() {
			return touched.isEmpty();
		}

		/** The finished folders' entries of a run with these settings, by folder, for their services to be taken as they are. */
		Map<String, Manifest.Folder> doneWith(String settings) {
			Map<String, Manifest.Folder> entries = new HashMap<>();
			done.forEach((folder, done) -> {
				if (done.settings().equals(settings)) {
					entries.put(folder, done.entry());
				}
			});
			return entries;
		}

		/** The same, with where each one's model.json entries are. */
		Map<String, Done> finishedWith(String settings) {
			Map<String, Done> finished = new HashMap<>(done);
			finished.values().removeIf(done -> !done.settings().equals(settings));
			return finished;
		}
	}

	/** The journal stopped runs left in the folder; none when there is none or it cannot be read. */
	static Left read(Path outputRoot) {
		Path file = outputRoot.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Left.NONE;
		}
		Set<String> touched = new HashSet<>();
		Map<String, Left.Done> done = new HashMap<>();
		Set<String> written = new HashSet<>();
		Set<String> twins = new HashSet<>();
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String settings = null, twin = null;
			for (String line; (line = lines.readLine()) != null;) {
				JsonReader in = new JsonReader(new StringReader(line));
				try {
					in.beginObject();
					String key = in.nextName();
					switch (key) {
						case "journal" -> {
							twin = null;
							settings = FORMAT.equals(in.nextString()) && in.nextName().equals("settings") ? in.nextString() : null;
						}
						case "json" -> {
							twin = in.nextString();
							if (TWIN.matcher(twin).matches()) {
								twins.add(twin);
							} else {
								twin = null; // not one this tool names: never read, never removed
							}
						}
						case "writing" -> {
							in.beginArray();
							java.util.List<String> files = new java.util.ArrayList<>();
							while (in.hasNext()) {
								files.add(in.nextString());
							}
							in.endArray();
							written.addAll(files); // only a whole line: a cut one could name a file cut short
						}
						case "begun" -> {
							String folder = in.nextString();
							touched.add(folder);
							done.remove(folder); // its files are being written again: the entry no longer says what they hold
						}
						case "done" -> {
							Manifest.Folder entry = ManifestJson.folder(in);
							if (entry.folder() != null && entry.written() != null && entry.services() != null && entry.findings() != null) {
								touched.add(entry.folder());
								written.addAll(entry.written());
								if (settings != null) {
									done.put(entry.folder(), new Left.Done(settings, entry, twin));
								}
							}
						}
						default -> {
							// a line of a later version: what it says is not known here
						}
					}
				} catch (IOException | IllegalStateException | NumberFormatException e) {
					// the line a stop cut short: its folder was not finished
				}
			}
		} catch (IOException e) {
			return Left.NONE; // unreadable: what its runs did is not known, so the manifest decides as before
		}
		return new Left(touched, done, written, twins);
	}

	/** Opens the folder's journal for this run, after what stopped runs wrote, with the run's settings. */
	static RunJournal open(OutputFolder output, String settings) throws IOException {
		Writer writer = Files.newBufferedWriter(output.inside(FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		RunJournal journal = new RunJournal(writer);
		journal.line(json -> json.name("journal").value(FORMAT).name("settings").value(settings));
		return journal;
	}

	/** Removes the journal and the model.json twins it names: the manifest now says everything it said. */
	static void remove(OutputFolder output, Left stopped) throws IOException {
		for (String twin : stopped.jsonTwins()) {
			Files.deleteIfExists(output.inside(twin));
		}
		Files.deleteIfExists(output.inside(FILE));
	}

	private final Writer writer;

	private RunJournal(Writer writer) {
		this.writer = writer;
	}

	/** The run writes its model.json into this temporary twin (relative to the output folder) until it ends. */
	void json(String twin) throws IOException {
		line(json -> json.name("json").value(twin));
	}

	/** The folder's files are about to be written: what an older manifest says of them will no longer hold. */
	void begun(String folder) throws IOException {
		line(json -> json.name("begun").value(folder));
	}

	/** A service's files, pictures too, are about to be written (from a pool thread). */
	void writing(java.util.List<String> files) throws IOException {
		line(json -> {
			json.name("writing").beginArray();
			for (String file : files) {
				json.value(file);
			}
			json.endArray();
		});
	}

	/** The folder's files are all written, as its entry says. */
	void done(Manifest.Folder entry) throws IOException {
		line(json -> {
			json.name("done");
			ManifestJson.folder(json, entry);
		});
	}

	@FunctionalInterface
	private interface Content {
		void write(JsonWriter json) throws IOException;
	}

	/** One line, handed to the system at once: a run killed right after it still has it. Lines come from several threads. */
	private synchronized void line(Content content) throws IOException {
		StringWriter text = new StringWriter();
		JsonWriter json = new JsonWriter(text);
		json.setSerializeNulls(false);
		json.beginObject();
		content.write(json);
		json.endObject();
		json.flush();
		writer.write(text.toString());
		writer.write('\n');
		writer.flush();
	}

	@Override
	public void close() throws IOException {
		writer.close();
	}
}
