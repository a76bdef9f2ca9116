package org.svcworkbench.svc.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Injector;

/**
 * The language set up once per process, and checking folder models with it: the one way the
 * command line, the Maven plugin, the Eclipse builder and the Sirius resources get a checked
 * model. Inside Eclipse the editor's injector (runtime and IDE services) is wrapped instead of
 * making a second one.
 */
public final class SvcSession {

	private static SvcSession standalone;

	private final Supplier<Injector> setUp;
	private Injector injector;
	private String language;

	public SvcSession(Injector injector) {
		this(() -> injector);
	}

	/** A session whose language is set up when it is first needed: a run with nothing to check never pays for it. */
	public SvcSession(Supplier<Injector> setUp) {
		this.setUp = setUp;
	}

	/**
	 * The session of a process without Eclipse, made on first use. Diagrams drawn later in the same
	 * process measure text with AWT, which must never look for a display: a build machine has none.
	 */
	public static synchronized SvcSession standalone() {
		if (standalone == null) {
			if (System.getProperty("java.awt.headless") == null) {
				System.setProperty("java.awt.headless", "true");
			}
			standalone = new SvcSession(() -> new SvcStandaloneSetup().createInjectorAndDoEMFRegistration());
		}
		return standalone;
	}

	public synchronized Injector injector() {
		if (injector == null) {
			injector = setUp.get();
			if (language != null) {
				injector.getInstance(Findings.class).use(language);
			}
		}
		return injector;
	}

	/**
	 * The language of the findings from now on ("en" or "zh"; another is an IllegalArgumentException
	 * naming the known ones). Kept until the language is set up, so that a run with nothing to check
	 * still never pays for it.
	 */
	public synchronized void speak(String code) {
		if (!Findings.LANGUAGES.contains(code)) {
			throw new IllegalArgumentException("no findings for language '" + code + "': use en or zh");
		}
		language = code;
		if (injector != null) {
			injector.getInstance(Findings.class).use(code);
		}
	}

	/**
	 * The words of the findings, in the language last asked for with {@link #speak}: the
	 * language's own once it is set up; before, words of their own in that language, so that telling
	 * a run that had nothing to check ("Nothing to do") does not set the language up (a third of
	 * such a rerun's time). Those keep the language they were given.
	 */
	public synchronized Findings findings() {
		if (injector != null) {
			return injector.getInstance(Findings.class);
		}
		Findings words = new Findings();
		if (language != null) {
			words.use(language);
		}
		return words;
	}

	public SvcModelLoader loader() {
		return injector().getInstance(SvcModelLoader.class);
	}

	/** Every folder checked on {@link FolderPipeline}, in folder order; close to stop the threads. */
	public FolderPipeline.Results<CheckedFolder> check(Map<Path, List<Path>> folders) {
		return FolderPipeline.start(folders, folder -> CheckedFolder.check(loader(), folder));
	}

	/** {@link #check(Map)} on a stage of threads shared with other work (documentation's pages and pictures). */
	public FolderPipeline.Results<CheckedFolder> check(Map<Path, List<Path>> folders, Workers.Stage stage) {
		return FolderPipeline.start(folders, folder -> CheckedFolder.check(loader(), folder), stage);
	}

	/** One folder model checked on the caller's thread. */
	public CheckedFolder check(Path folder, List<Path> files) {
		return CheckedFolder.check(loader(), Map.entry(folder, files));
	}
}
