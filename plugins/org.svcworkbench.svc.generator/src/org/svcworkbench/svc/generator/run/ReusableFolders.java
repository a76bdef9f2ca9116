package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.svcworkbench.svc.load.FileStamp;

/**
 * Which folder models a run takes as they are, without checking them: those the last run with
 * the same settings left unchanged (its manifest), and those a stopped run finished (its journal).
 * Either way the folder's inputs are as they were, its files all there, and its pages link to the
 * same part of the index.
 */
final class ReusableFolders {

	private final DocumentationOptions options;
	private final String settings;
	private final OutputFolder output;
	private final IndexFolderNames names;

	/** settings: the run's, as the manifest and the journal record them; folders: the run's folder models. */
	ReusableFolders(DocumentationOptions options, String settings, OutputFolder output, Set<Path> folders) {
		this.options = options;
		this.settings = settings;
		this.output = output;
		this.names = new IndexFolderNames(folders);
	}

	/** The folders whose input and output are as the last run with these settings left them. */
	Map<Path, Manifest.Folder> fromManifest(Map<Path, List<Path>> folders, Optional<Manifest> written) throws IOException {
		Optional<Manifest> previous = written.filter(m -> m.settings().equals(settings));
		if (previous.isEmpty()) {
			return Map.of();
		}
		if (options.writes(Format.JSON) && !previous.get().jsonMatches(output.root())) {
			return Map.of(); // model.json is not the one the manifest describes: its entries cannot be copied
		}
		Map<String, Manifest.Folder> old = previous.get().byFolder();
		Map<Path, Manifest.Folder> reusable = new HashMap<>();
		for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
			Manifest.Folder entry = old.get(folder.getKey().toString());
			Manifest.Folder holding = entry == null ? null : stillHolds(folder, entry);
			if (holding != null) {
				reusable.put(folder.getKey(), holding);
			}
		}
		return reusable;
	}

	/**
	 * The folders a stopped run finished under these settings that are taken as it left them, as a
	 * rerun takes the last run's unchanged folders; their model.json entries too, from the twin of
	 * model.json it left, when this run writes one and they are all in it.
	 */
	Map<Path, RunJournal.Left.Done> fromStoppedRun(Map<Path, List<Path>> folders, Map<String, RunJournal.Left.Done> finished) throws IOException {
		Map<Path, RunJournal.Left.Done> continuable = new HashMap<>();
		if (finished.isEmpty()) {
			return continuable;
		}
		for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
			RunJournal.Left.Done done = finished.get(folder.getKey().toString());
			if (done == null || options.writes(Format.JSON) && !entriesKept(done)) {
				continue;
			}
			Manifest.Folder holding = stillHolds(folder, done.entry());
			if (holding != null) {
				continuable.put(folder.getKey(), new RunJournal.Left.Done(done.settings(), holding, done.jsonTwin()));
			}
		}
		return continuable;
	}

	/** Whether the folder's model.json entries are all in the twin the stopped run left (or it has none). */
	private boolean entriesKept(RunJournal.Left.Done done) throws IOException {
		if (done.entry().jsonEnd() <= done.entry().jsonStart()) {
			return true;
		}
		if (done.jsonTwin() == null) {
			return false;
		}
		Path twin = output.inside(done.jsonTwin());
		return Files.isRegularFile(twin) && Files.size(twin) >= done.entry().jsonEnd();
	}

	/**
	 * The folder's entry (restamped when only its stamp had gone stale) when what it says still
	 * holds: its inputs as they were, its files all there, its pages linking to the same part of the
	 * index; else null.
	 */
	private Manifest.Folder stillHolds(Map.Entry<Path, List<Path>> folder, Manifest.Folder entry) throws IOException {
		if (!entry.written().stream().allMatch(output::holds) || !Objects.equals(entry.indexId(), indexId(options, names, folder.getKey()))) {
			return null;
		}
		long now = System.currentTimeMillis();
		FileStamp stamp = InputStamp.of(folder.getKey(), folder.getValue());
		if (stamp.vouchesFor(entry.stamp(), entry.stampedAt())) {
			return entry;
		}
		return entry.hash().equals(Manifest.hash(folder.getKey(), folder.getValue())) ? entry.restamped(stamp, now) : null;
	}

	/** Whether the index pages and the schema the manifest lists are all still there. */
	static boolean sharedFilesExist(Manifest manifest, OutputFolder output) {
		return manifest.shared().stream().allMatch(output::holds);
	}

	/**
	 * The id of the folder's part of the index pages, which its services' pages link back to: it
	 * depends on the run's other folders (see IndexFolderNames), so a folder whose id changed is
	 * documented again. Null without HTML and Markdown.
	 */
	static String indexId(DocumentationOptions options, IndexFolderNames names, Path folder) {
		return options.writes(Format.HTML) || options.writes(Format.MARKDOWN) ? names.anchorOf(folder) : null;
	}
}
