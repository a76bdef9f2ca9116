package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.view.FileNames;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.load.CheckCounts;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.ServiceInputs;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcSession;
import org.svcworkbench.svc.load.FolderPipeline;
import org.svcworkbench.svc.load.Workers;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.words.Findings;

/**
 * One documentation run over checked folder models, shared by the command line, the Maven plugin
 * and the Eclipse builder: per service without errors, its diagrams, report pages and checklists,
 * written as its folder comes; at the end the index pages. Services whose text has errors are
 * skipped and reported; the others are still documented.
 */
public final class DocumentationRun {

	/** Where a run's findings and progress go: the command line prints them, the Maven plugin logs them. */
	public interface Listener {
		/** Every finding of validation, errors and warnings and information, in file and line order. */
		void finding(SvcDiagnostic diagnostic);

		/**
		 * A service left undocumented because its text has errors, or because it needs a file of its
		 * folder that could not be parsed (needs: that file; null when the errors are its own).
		 */
		void skipped(Path file, String service, Path needs);

		/** What every front end tells the user about a service left undocumented, in the findings' language. */
		static String skippedMessage(Path file, String service, Path needs, Findings words) {
			return needs == null ? words.text("run.skipped", file, service) : words.text("run.skipped.needs", file, service, needs);
		}

		/** Glyphs of the models' text that the diagrams' font lacks: they show as boxes (see {@link #missingGlyphsWarning}). */
		void missingGlyphs(String glyphs, String fontFamily, String fontPackage);

		/** What every front end tells the user about glyphs the font lacks, and what to install, in the findings' language. */
		static String missingGlyphsWarning(String glyphs, String fontFamily, String fontPackage, Findings words) {
			return words.text("run.font", fontFamily, glyphs, fontPackage);
		}

		/** A folder model the run checked (not one it took unchanged from the manifest), before it is documented. */
		default void checked(CheckedFolder folder) {
		}

		/** The run has checked or documented {@code done} of {@code total} files. */
		default void progress(int done, int total) {
		}
	}

	/**
	 * What a run did; it failed when the model has errors, or warnings under failOnWarning.
	 * documented counts the services written by this run, unchanged those whose folder, or whatever
	 * their pages read (see ServiceInputs), had not changed since the last run into the same output
	 * folder, continued those a stopped run had documented and this one kept; removed counts the files this tool
	 * had written before and no longer writes; upToDate is a run that found nothing to do.
	 */
	public record Outcome(int files, int written, int documented, int unchanged, int continued, int skipped, int removed, int errors, int warnings,
			boolean failed, boolean upToDate) {

		/**
		 * What a pipeline's log says, in the findings' language: "Wrote 12 files for 4 services to
		 * out.", "已为 4 个服务写入 12 个文件，输出到 out。", or that there was nothing to do.
		 */
		public String summary(String output, Findings words) {
			String skippedNote = (skipped > 0 ? words.text("run.skipped.note", words.counted("run.services", skipped)) : "") + failedNote(words);
			if (upToDate) {
				return words.text("run.nothing", words.counted("run.files", files), output, skippedNote);
			}
			return words.text("run.wrote", words.counted("run.files", written), words.counted("run.services", documented), output,
					(unchanged > 0 ? words.text("run.unchanged", words.counted("run.services", unchanged)) : "")
							+ (continued > 0 ? words.text("run.continued", words.counted("run.services", continued)) : "")
							+ (removed > 0 ? words.text("run.removed", words.counted("run.files", removed)) : "") + skippedNote);
		}

		/**
		 * Why a failed run failed, after what it wrote: a pipeline's log ends on it, and a syntax error
		 * can take a whole service out of the model, which no skipped service then names.
		 */
		private String failedNote(Findings words) {
			if (!failed) {
				return "";
			}
			return errors > 0 ? words.text("run.failed.errors", words.counted("summary.errors", errors))
					: words.text("run.failed.warnings", words.counted("summary.warnings", warnings));
		}
	}

	private final DocumentationOptions options;
	private final Supplier<DiagramFont> font;
	private final ReportTexts texts;
	private final Listener listener;
	private ServiceDiagrams drawer;
	private CompletableFuture<DiagramFont> fontLoading;
	private boolean everything;
	/** The folders whose services a stopped run had documented, by path: theirs are counted as continued, not unchanged. */
	private Set<String> continuedFolders = Set.of();

	public DocumentationRun(DocumentationOptions options, DiagramFont font, Listener listener) {
		this(options, () -> font, listener);
	}

	/**
	 * A run that asks for the diagrams' font only when a folder is to be documented (a rerun with
	 * nothing changed never does), on a thread of its own while the folder is checked, which takes
	 * longer: give it the loading (e.g. {@link ServiceDiagrams#warmedUpFont}), not its result.
	 */
	public DocumentationRun(DocumentationOptions options, Supplier<DiagramFont> font, Listener listener) {
		this.options = options;
		this.font = font;
		this.texts = ReportTexts.of(options.language().code());
		this.listener = listener;
	}

	private ServiceDiagrams drawer() {
		if (drawer == null) {
			startLoadingFont();
			try {
				drawer = new ServiceDiagrams(fontLoading.join(), options.language());
			} catch (CompletionException e) { // what the loading threw, as if it had run here
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw e;
			}
		}
		return drawer;
	}

	/** Starts loading the font, once; the thread has the caller's context class loader (a Maven plugin's realm). */
	private void startLoadingFont() {
		if (fontLoading == null) {
			ClassLoader loader = Thread.currentThread().getContextClassLoader();
			fontLoading = CompletableFuture.supplyAsync(font, work -> {
				Thread thread = new Thread(work, "svc-font");
				thread.setDaemon(true);
				thread.setContextClassLoader(loader);
				thread.start();
			});
		}
	}

	/** Documents every folder again, whatever the output folder's manifest says (svc generate --force). */
	public DocumentationRun everything() {
		everything = true;
		return this;
	}

	/**
	 * Checks and documents the folder models (folder → its .svc files, as {@link SvcFolders#collect}
	 * gives them) that changed since the last run into the output folder with the same settings;
	 * the others' pages, diagrams and checklists stay as they are, and their index rows, findings
	 * and model.json entries come from the folder's manifest. Nothing changed: nothing is written.
	 */
	public Outcome run(SvcSession session, Map<Path, List<Path>> folders, OutputFolder output) throws IOException {
		return run(session, folders, Set.of(), output);
	}

	/**
	 * As {@link #run(SvcSession, Map, OutputFolder)}, and the folders named are checked whatever
	 * the manifest says: the Eclipse builder's changed folders, whose markers it sets from
	 * {@link Listener#checked}, so that a folder is loaded once for its markers and its documentation.
	 */
	public Outcome run(SvcSession session, Map<Path, List<Path>> folders, Set<Path> mustCheck, OutputFolder output) throws IOException {
		Optional<Manifest> previous = output.manifest();
		RunJournal.Left stopped = output.journal();
		ReusableFolders unchecked = new ReusableFolders(options, settings(), output, folders.keySet());
		Map<Path, Manifest.Folder> reusable = new java.util.HashMap<>(everything ? Map.of() : unchecked.fromManifest(folders, previous));
		reusable.keySet().removeAll(mustCheck);
		// A run stopped midway began to write these folders' files: the manifest no longer says what they hold.
		reusable.keySet().removeIf(folder -> stopped.touched().contains(folder.toString()));
		Map<String, Manifest.Folder> before = new java.util.HashMap<>();
		Map<Path, Path> continued = new java.util.HashMap<>(); // folder → the model.json twin its entries are in (null: none written)
		if (!everything) {
			previous.filter(m -> m.settings().equals(settings())).ifPresent(m -> before.putAll(m.byFolder()));
			before.keySet().removeAll(stopped.touched());
			Map<String, Manifest.Folder> finished = stopped.doneWith(settings());
			before.putAll(finished); // what it finished is taken service by service, as a rerun takes the last run's
			continuedFolders = finished.keySet();
			// ...and folder by folder, unchecked, when its inputs are as they were and its files and model.json entries still there.
			unchecked.fromStoppedRun(folders, stopped.finishedWith(settings())).forEach((folder, done) -> {
				if (!mustCheck.contains(folder)) {
					reusable.put(folder, done.entry());
					continued.put(folder, done.jsonTwin() == null ? null : output.inside(done.jsonTwin()));
				}
			});
		}
		try {
			return run(session, folders, reusable, continued, before, previous, stopped, output);
		} catch (NamesShifted e) {
			// A changed folder took a service folder name an unchanged one had: document everything.
			return run(session, folders, Map.of(), Map.of(), Map.of(), previous, stopped, output);
		}
	}

	/**
	 * reusable: the folders taken as they are, unchecked; continued: those of them a stopped run
	 * finished, with the twin of model.json their entries are in; before: the last runs' folders, with these
	 * settings, whose services are taken as they are when their inputs did not change; stopped: what
	 * stopped runs left, whose files are removed when this run does not write them (the manifest lists the
	 * last finished run's).
	 */
	private Outcome run(SvcSession session, Map<Path, List<Path>> folders, Map<Path, Manifest.Folder> reusable, Map<Path, Path> continued,
			Map<String, Manifest.Folder> before, Optional<Manifest> previous, RunJournal.Left stopped, OutputFolder output) throws IOException {
		Map<Path, List<Path>> changed = new java.util.TreeMap<>(folders);
		changed.keySet().removeAll(reusable.keySet());
		if (!changed.isEmpty() && (options.diagramFiles() || options.views())) {
			startLoadingFont();
		}
		// One thread per core for checking, pages and pictures alike (Workers: a pool per stage cost CPU time).
		try (Workers workers = new Workers(FolderPipeline.threads(), "svc-worker");
				var checked = session.check(changed, workers.stage(CHECKING))) {
			return run(folders, reusable, continued, before, previous, stopped, checked.iterator(), output, workers);
		}
	}

	/** The stages' ranks on the shared threads: the stage nearest the output first, so that work under way leaves memory first. */
	private static final int PICTURES = 0, PAGES = 1, CHECKING = 2;

	/**
	 * The run: folder by folder in order, an unchanged folder is taken from the manifest, a changed
	 * one from the checked folders (which come in the same order); its models are released once its
	 * files are written. Only a small summary per service stays for the index pages, and model.json
	 * is written folder by folder: memory does not grow with the portfolio.
	 */
	private Outcome run(Map<Path, List<Path>> folders, Map<Path, Manifest.Folder> reusable, Map<Path, Path> continued,
			Map<String, Manifest.Folder> before, Optional<Manifest> previous, RunJournal.Left stopped, Iterator<CheckedFolder> checked,
			OutputFolder output, Workers workers) throws IOException {
		int totalFiles = folders.values().stream().mapToInt(List::size).sum();
		if (!reusable.isEmpty() && reusable.size() == folders.size() && continued.isEmpty() && previous.isPresent()
				&& previous.get().folders().size() == folders.size() && ReusableFolders.sharedFilesExist(previous.get(), output)) {
			RunJournal.remove(output, stopped); // a stopped run's, when it had not begun to write a folder
			return upToDate(folders, reusable, totalFiles);
		}
		output.forgetFound();
		Documenter documenter;
		CheckCounts counts = new CheckCounts();
		List<Manifest.Folder> entries = new ArrayList<>();
		int unchanged = 0, continuedServices = 0, skipped = 0, done = 0;
		long jsonSize;
		try (RunJournal journal = RunJournal.open(output, settings()); ParallelPictures pictures = new ParallelPictures(output, workers.stage(PICTURES));
				JsonExport json = JsonExport.open(options, output, journal); ParallelPages<Prepared> pages = new ParallelPages<>(workers.stage(PAGES))) {
			documenter = new Documenter(output, before, new IndexFolderNames(folders.keySet()), journal);
			Finisher finisher = new Finisher(documenter, pictures, json, entries, journal);
			for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
				Manifest.Folder old = reusable.get(folder.getKey());
				if (old != null) {
					pages.drain(finisher); // the folders before it come first, in the files and in model.json
					documenter.claim(old);
					long jsonStart = json.position();
					int skippedHere = retell(old, counts);
					skipped += skippedHere;
					boolean fromStoppedRun = continued.containsKey(folder.getKey());
					if (fromStoppedRun) {
						continuedServices += old.services().size() - skippedHere;
					} else {
						unchanged += old.services().size() - skippedHere;
					}
					json.copy(old, fromStoppedRun ? continued.get(folder.getKey()) : output.inside("model.json"));
					entries.add(old.movedTo(jsonStart, json.position()));
				} else {
					CheckedFolder fresh = checked.next();
					listener.checked(fresh);
					fresh.findings().forEach(listener::finding);
					counts.add(fresh);
					// Names are handed out here, in folder order; the pages are made on the pool and written in order.
					List<Named> named = new ArrayList<>();
					for (Service service : fresh.services()) {
						String file = CheckedFolder.fileOf(service.eResource()).toString();
						java.util.Optional<SvcDiagnostic> error = fresh.firstError(service);
						if (error.isPresent()) {
							skipped++;
							String errorFile = error.get().file().toAbsolutePath().normalize().toString();
							String needs = errorFile.equals(file) ? null : errorFile;
							listener.skipped(Path.of(file), service.getName(), needs == null ? null : error.get().file());
							named.add(new Named(service, file, null, error.get().line(), needs));
						} else {
							named.add(new Named(service, file, documenter.serviceFolders.folderFor(service.getName()), 0, null));
						}
					}
					documenter.ready();
					journal.begun(folder.getKey().toString()); // before the pool writes the first of its files
					Map.Entry<Path, List<Path>> key = folder;
					if (named.size() <= servicesPerPart()) {
						pages.submit(() -> documenter.prepare(key, fresh, named), finisher);
					} else {
						documenter.prepareInParts(key, fresh, named, pages, finisher);
					}
				}
				done += folder.getValue().size();
				listener.progress(done, totalFiles);
			}
			pages.drain(finisher);
			pictures.drain();
			jsonSize = json.commit();
		}
		List<String> shared = documenter.writeIndexes();
		int removed = removeWhatIsNoLongerWritten(previous, stopped.written(), entries, shared, output);
		new Manifest(Manifest.FORMAT, settings(), jsonSize, entries, shared).write(output);
		RunJournal.remove(output, stopped);
		if (!documenter.missingGlyphs.isEmpty()) {
			String glyphs = String.join("", documenter.missingGlyphs).codePoints().distinct().limit(20)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
			listener.missingGlyphs(glyphs, drawer().font().family(), DiagramFont.FONT_PACKAGE);
		}
		return new Outcome(totalFiles, output.written(), documenter.documented, unchanged + documenter.unchanged,
				continuedServices + documenter.continued, skipped, removed,
				counts.errors(), counts.warnings(),
				counts.failed(options.failOnWarning()), false);
	}

	/**
	 * A service of a checked folder with its file and its service folder's name (null: not
	 * documented, it has errors; errorLine is then the line of its first error, errorFile that
	 * error's file when it is another one, null when it is the service's own).
	 */
	private record Named(Service service, String file, String serviceFolder, int errorLine, String errorFile) {
	}

	/**
	 * A checked folder documented on a pool thread: its pages, diagrams and checklists are written
	 * there as they are made (a page's text does not wait for the main thread, so it dies young);
	 * what is left for the main thread, in folder order, is each service's written files, pictures
	 * to paint, index row and missing glyphs, the folder's model.json entries and its manifest
	 * stamp. Nothing of the model is kept.
	 */
	private record Prepared(Map.Entry<Path, List<Path>> folder, FolderStamp stamp, List<Manifest.Finding> findings,
			List<PreparedService> services, List<byte[]> json) {

		/** A part of a folder documented in parts: its services and files' entries; the folder's stamp and findings come with the last. */
		static Prepared part(Map.Entry<Path, List<Path>> folder, List<PreparedService> services, List<byte[]> json) {
			return new Prepared(folder, null, null, services, json);
		}

		boolean last() {
			return stamp != null;
		}
	}

	/**
	 * A folder of more services than this is documented in parts of about as many, on every core: a
	 * portfolio kept in one folder (a thousand services) was otherwise documented on one thread.
	 * The folders of a usual portfolio (tens of services) are documented whole, a folder a thread.
	 * {@value #SERVICES_PER_PART_PROPERTY} changes it; it tunes speed, never what is written.
	 */
	static final int SERVICES_PER_PART = 32;
	public static final String SERVICES_PER_PART_PROPERTY = "svc.servicesPerPart";

	private static int servicesPerPart() {
		Integer wanted = Integer.getInteger(SERVICES_PER_PART_PROPERTY);
		return wanted != null && wanted > 0 ? wanted : SERVICES_PER_PART;
	}

	/** reused: taken as the last run left it, its inputs unchanged; inputs: their fingerprint (null: not known). */
	private record PreparedService(String name, String file, String serviceFolder, boolean wrote, boolean reused, String inputs,
			ServiceSummary summary, List<String> written, List<ServicePages.Picture> pictures, Set<String> missingGlyphs, int errorLine, String errorFile) {

		PreparedService(String name, String file, String serviceFolder, boolean wrote, boolean reused, String inputs, ServiceSummary summary,
				List<String> written, List<ServicePages.Picture> pictures, Set<String> missingGlyphs) {
			this(name, file, serviceFolder, wrote, reused, inputs, summary, written, pictures, missingGlyphs, 0, null);
		}

		static PreparedService skipped(Named named) {
			return new PreparedService(named.service().getName(), named.file(), null, false, false, null, null, List.of(), List.of(), Set.of(),
					named.errorLine(), named.errorFile());
		}
	}

	/** A folder's hash and stamp, taken right after the folder was checked, and when. */
	private record FolderStamp(String hash, String stamp, long stampedAt) {
		static FolderStamp of(Map.Entry<Path, List<Path>> folder) throws IOException {
			long stampedAt = System.currentTimeMillis();
			return new FolderStamp(Manifest.hash(folder.getKey(), folder.getValue()), InputStamp.of(folder.getKey(), folder.getValue()).value(),
					stampedAt);
		}
	}

	/** Records documented folders, in order, on the calling thread, and hands their pictures to the pictures' pool. */
	private final class Finisher implements ParallelPages.Finisher<Prepared> {
		private final Documenter documenter;
		private final ParallelPictures pictures;
		private final JsonExport json;
		private final List<Manifest.Folder> entries;
		private final RunJournal journal;

		Finisher(Documenter documenter, ParallelPictures pictures, JsonExport json, List<Manifest.Folder> entries, RunJournal journal) {
			this.documenter = documenter;
			this.pictures = pictures;
			this.json = json;
			this.entries = entries;
			this.journal = journal;
		}

		/** The parts of a folder documented in parts, until its last: where its model.json entries begin, its files and services. */
		private long jsonStart = -1;
		private final List<String> written = new ArrayList<>();
		private final List<Manifest.Service> services = new ArrayList<>();

		@Override
		public void finish(Prepared prepared) throws IOException {
			if (jsonStart < 0) {
				jsonStart = json.position();
			}
			json.addEntries(prepared.json());
			for (PreparedService service : prepared.services()) {
				if (service.serviceFolder() == null) {
					Manifest.Service skipped = Manifest.Service.skipped(service.name(), service.file(), service.errorLine(), service.errorFile());
					documenter.index.skip(prepared.folder().getKey(), skipped);
					services.add(skipped);
					continue;
				}
				written.addAll(service.written());
				for (ServicePages.Picture picture : service.pictures()) {
					pictures.submit(picture.path(), renderer -> renderer.render(picture.scene(), options.pngScale()));
				}
				documenter.documented += service.wrote() ? 1 : 0;
				if (service.reused() && continuedFolders.contains(prepared.folder().getKey().toString())) {
					documenter.continued++;
				} else if (service.reused()) {
					documenter.unchanged++;
				}
				if (service.summary() != null) {
					documenter.index.list(prepared.folder().getKey(), service.summary());
				}
				documenter.missingGlyphs.addAll(service.missingGlyphs());
				services.add(new Manifest.Service(service.name(), service.file(), service.serviceFolder(), service.summary(), service.inputs(),
						service.missingGlyphs().isEmpty() ? null : String.join("", service.missingGlyphs()), null, null));
			}
			if (!prepared.last()) {
				return;
			}
			Map.Entry<Path, List<Path>> folder = prepared.folder();
			FolderStamp stamp = prepared.stamp();
			documenter.index.noteFilesWithErrors(folder.getKey(), prepared.findings(), services);
			Manifest.Folder entry = new Manifest.Folder(folder.getKey().toString(), stamp.hash(), stamp.stamp(), stamp.stampedAt(),
					folder.getValue().size(), List.copyOf(written), List.copyOf(services), prepared.findings(), jsonStart, json.positionWritten(),
					indexId(documenter.index.names(), folder.getKey()));
			entries.add(entry);
			pictures.afterWritten(() -> journal.done(entry)); // its pictures are written after its pages
			jsonStart = -1;
			written.clear();
			services.clear();
		}
	}

	/** Nothing changed: the findings and skipped services are told again, so the outcome is the same, and nothing is written. */
	private Outcome upToDate(Map<Path, List<Path>> folders, Map<Path, Manifest.Folder> reusable, int totalFiles) {
		CheckCounts counts = new CheckCounts();
		int unchanged = 0, skipped = 0;
		for (Path folder : folders.keySet()) {
			Manifest.Folder old = reusable.get(folder);
			int skippedHere = retell(old, counts);
			skipped += skippedHere;
			unchanged += old.services().size() - skippedHere;
		}
		return new Outcome(totalFiles, 0, 0, unchanged, 0, skipped, 0, counts.errors(), counts.warnings(), counts.failed(options.failOnWarning()),
				true);
	}

	/** An unchanged folder's findings and skipped services told again, and counted; how many services it skips. */
	private int retell(Manifest.Folder old, CheckCounts counts) {
		old.findings().forEach(f -> listener.finding(f.diagnostic()));
		int skipped = 0;
		for (Manifest.Service service : old.services()) {
			if (service.serviceFolder() == null) {
				skipped++;
				listener.skipped(Path.of(service.file()), service.name(), service.errorFile() == null ? null : Path.of(service.errorFile()));
			}
		}
		int errors = (int) old.findings().stream().filter(f -> f.severity().equals("ERROR")).count();
		int warnings = (int) old.findings().stream().filter(f -> f.severity().equals("WARNING")).count();
		counts.add(old.files(), errors, warnings);
		return skipped;
	}

	/**
	 * Removes the files the last runs wrote (as their manifest and a stopped run's journal list them)
	 * that this one did not, and the folders that leaves empty; nothing else.
	 */
	private static int removeWhatIsNoLongerWritten(Optional<Manifest> previous, Set<String> stoppedWrote, List<Manifest.Folder> entries,
			List<String> shared, OutputFolder output) throws IOException {
		Set<String> now = new java.util.HashSet<>(shared);
		entries.forEach(e -> now.addAll(e.written()));
		List<java.util.Collection<String>> before = new ArrayList<>();
		previous.ifPresent(manifest -> {
			manifest.folders().forEach(folder -> before.add(folder.written()));
			before.add(manifest.shared());
		});
		before.add(stoppedWrote);
		return output.removeAllBut(now, before);
	}

	/** The id of the folder's part of the index pages (see {@link ReusableFolders#indexId}). */
	private String indexId(IndexFolderNames names, Path folder) {
		return ReusableFolders.indexId(options, names, folder);
	}

	/** Everything that shapes the output besides the models: a manifest written under other settings is not reused. */
	private String settings() {
		return "formats=" + options.formats().stream().map(Format::code).sorted().toList() + " diagrams=" + options.diagrams() + " language="
				+ options.language().code() + " date=" + options.eventDate() + (options.writes(Format.PNG) ? " png-scale=" + options.pngScale() : "")
				+ " tool=" + ToolVersion.get();
	}

	/** Service folder names are handed out in folder order: an unchanged folder must get the names it had. */
	private static final class NamesShifted extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NamesShifted() {
			super(null, null, false, false);
		}
	}

	/** A service's folder name, whether anything was written for it, and its index row (null without reports). */
	private record Documented(String serviceFolder, boolean wrote, ServiceSummary summary) {
	}

	/** What one run writes per service, and the little it keeps for the index pages. */
	private final class Documenter {
		private final OutputFolder output;
		private final FileNames serviceFolders = new FileNames();
		/** Made only when asked for: the template engine is 200 classes that a run of diagrams alone need not load. */
		private final HtmlReport html = options.writes(Format.HTML) ? new HtmlReport() : null;
		private final MarkdownReport markdown = options.writes(Format.MARKDOWN) ? new MarkdownReport() : null;
		private final IndexPages index;
		private final Set<String> missingGlyphs = new LinkedHashSet<>();
		private final Map<String, Manifest.Folder> before;
		/** Where the files each service writes are listed before they are written. */
		private final RunJournal journal;
		/** Made on the calling thread when the first folder is to be documented ({@link #ready}). */
		private ServicePages pages;
		private int documented;
		private int unchanged;
		private int continued;

		Documenter(OutputFolder output, Map<String, Manifest.Folder> before, IndexFolderNames names, RunJournal journal) {
			this.output = output;
			this.before = before;
			this.index = new IndexPages(texts, names);
			this.journal = journal;
		}

		/** Takes an unchanged folder's service folder names and index rows, in the order a full run would. */
		void claim(Manifest.Folder old) {
			for (Manifest.Service service : old.services()) {
				if (service.serviceFolder() != null && !serviceFolders.folderFor(service.name()).equals(service.serviceFolder())) {
					throw new NamesShifted();
				}
				if (service.missingGlyphs() != null) {
					missingGlyphs.add(service.missingGlyphs()); // its diagrams, left as they are, still show boxes
				}
			}
			index.listUnchanged(old);
		}

		/** Made on the calling thread before the pool uses them: the drawer and the view builder are shared, read-only. */
		void ready() {
			if (pages == null) {
				pages = new ServicePages(options, texts, output, journal, drawer(), html, markdown);
			}
		}

		/**
		 * A folder documented on a pool thread, its files written as they are made: reads only its own
		 * model and the shared, read-only drawer and templates.
		 */
		Prepared prepare(Map.Entry<Path, List<Path>> folder, CheckedFolder checked, List<Named> named) throws IOException {
			FolderStamp stamp = FolderStamp.of(folder);
			List<PreparedService> services = services(folder, checked, named);
			return whole(folder, stamp, checked, services, JsonExport.entries(options, checked.cleanFiles()));
		}

		private Prepared whole(Map.Entry<Path, List<Path>> folder, FolderStamp stamp, CheckedFolder checked, List<PreparedService> services,
				List<byte[]> json) {
			List<Manifest.Finding> findings = checked.findings().stream().map(Manifest.Finding::of).toList();
			return new Prepared(folder, stamp, findings, services, json);
		}

		/**
		 * A large folder documented in parts on the pool, several at once: each part's services and
		 * its share of the folder's files in model.json, finished in order as one folder. The parts read
		 * the same model side by side, which documentation only reads; what reading would add to it
		 * lazily is added here first (see {@link Written#prepare}). The stamp is taken here, before any part starts.
		 */
		void prepareInParts(Map.Entry<Path, List<Path>> folder, CheckedFolder checked, List<Named> named, ParallelPages<Prepared> pool,
				Finisher finisher) throws IOException {
			FolderStamp stamp = FolderStamp.of(folder);
			for (Resource resource : List.copyOf(checked.loaded().resourceSet().getResources())) {
				Written.prepare(resource);
			}
			List<CheckedFolder.CleanFile> clean = checked.cleanFiles();
			int parts = (named.size() + servicesPerPart() - 1) / servicesPerPart();
			for (int part = 0; part < parts; part++) {
				List<Named> its = named.subList(part * named.size() / parts, (part + 1) * named.size() / parts);
				List<CheckedFolder.CleanFile> files = clean.subList(part * clean.size() / parts, (part + 1) * clean.size() / parts);
				boolean last = part == parts - 1;
				pool.submit(() -> {
					List<PreparedService> services = services(folder, checked, its);
					List<byte[]> json = JsonExport.entries(options, files);
					return last ? whole(folder, stamp, checked, services, json) : Prepared.part(folder, services, json);
				}, finisher);
			}
		}

		private List<PreparedService> services(Map.Entry<Path, List<Path>> folder, CheckedFolder checked, List<Named> named) throws IOException {
			Manifest.Folder last = before.get(folder.getKey().toString());
			String indexId = indexId(index.names(), folder.getKey());
			if (last != null && !java.util.Objects.equals(last.indexId(), indexId)) {
				last = null; // its pages link back to another part of the index
			}
			List<PreparedService> services = new ArrayList<>();
			for (Named service : named) {
				if (service.serviceFolder() == null) {
					services.add(PreparedService.skipped(service));
					continue;
				}
				String inputs = ServiceInputs.of(service.service(), service.serviceFolder(),
						checked.findingsOf(CheckedFolder.fileOf(service.service().eResource())));
				PreparedService reused = reused(service, inputs, last);
				if (reused != null) {
					services.add(reused);
				} else {
					ServicePages.Made made = pages.document(service.service(), service.serviceFolder(), checked, indexId);
					services.add(new PreparedService(service.service().getName(), service.file(), service.serviceFolder(), made.wrote(), false, inputs,
							made.summary(), made.paths(), made.pictures(), made.missingGlyphs()));
				}
			}
			return services;
		}

		/**
		 * The service as the last run left it, when what its documentation reads is as it was then
		 * and the files written for it are still there; else null.
		 */
		private PreparedService reused(Named named, String inputs, Manifest.Folder last) {
			if (inputs == null || last == null) {
				return null;
			}
			for (Manifest.Service old : last.services()) {
				if (inputs.equals(old.inputs()) && named.serviceFolder().equals(old.serviceFolder()) && named.file().equals(old.file())
						&& old.name().equals(named.service().getName())) {
					List<String> written = old.writtenOf(last);
					return written.stream().allMatch(output::holds)
							? new PreparedService(old.name(), old.file(), old.serviceFolder(), false, true, inputs, old.summary(), written, List.of(),
									old.missingGlyphs() == null ? Set.of() : Set.of(old.missingGlyphs()))
							: null;
				}
			}
			return null;
		}

		/** The index pages and the schema, written: the files of the whole run, not of one folder (model.json among them). */
		List<String> writeIndexes() throws IOException {
			List<String> shared = new ArrayList<>();
			if (options.writes(Format.JSON)) {
				shared.add("model.json"); // streamed folder by folder, see JsonExport
			}
			for (GeneratedFile page : index.pages(options, html, markdown)) {
				output.write(page);
				shared.add(page.path());
			}
			return shared;
		}
	}
}
