package org.svcworkbench.svc.ui.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.run.DocumentationOptions;
import org.svcworkbench.svc.generator.run.DocumentationRun;
import org.svcworkbench.svc.generator.run.OutputFolder;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.FolderLock;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;
import org.svcworkbench.svc.words.Findings;

/**
 * The documentation of a project's models, written by the same run as {@code svc generate} into
 * the project's documentation folder, which is then refreshed and marked derived (generated files
 * stay out of searches and version control prompts). Like the command, it documents only the
 * folders that changed and removes what it no longer writes (the folder's manifest). The
 * builder's markers come from the folders the run checks; its findings are not reported twice.
 */
public final class ProjectDocumentation {

	private ProjectDocumentation() {
	}

	/**
	 * Documents the folder models of the project, checking again those named (the builder's changed
	 * folders, handed to {@code checked} for their markers) and any the output's manifest does not
	 * hold as they are; returns the run's outcome and any warning about the font. The monitor shows
	 * how many .svc files are done, and a cancel stops the run after the folder in hand (an
	 * OperationCanceledException): every file written is whole, the output's manifest is the last
	 * finished run's, and the run's journal lists the folders it finished, so the next build takes
	 * those as they are and documents the rest.
	 */
	public static Written write(IProject project, Map<Path, List<Path>> folders, Set<Path> mustCheck,
			Consumer<CheckedFolder> checked, GenerationSettings settings, IProgressMonitor monitor) throws IOException, CoreException {
		int files = folders.values().stream().mapToInt(List::size).sum();
		SubMonitor progress = SubMonitor.convert(monitor, "Documenting .svc files", files + 1);
		HeadlessAwt.ensure();
		DiagramLanguage language = DiagramLanguage.of(settings.language());
		DocumentationOptions options = new DocumentationOptions(EnumSet.copyOf(settings.formats()),
				List.of(ServiceDiagrams.Kind.values()), language, LocalDate.now(), false);
		IFolder output = project.getFolder(settings.folder());
		DocumentationRun.Outcome outcome;
		Set<String> touched;
		String[] fontWarning = { null };
		try (OutputFolder folder = new OutputFolder(output.getLocation().toPath())) {
			prepare(folder, output, progress);
			DocumentationRun run = new DocumentationRun(options, DiagramFont.installed(), new DocumentationRun.Listener() {
					@Override
					public void finding(SvcDiagnostic diagnostic) {
						// the builder's markers show them
					}

					@Override
					public void skipped(Path file, String service, Path needs) {
					}

					@Override
					public void missingGlyphs(String glyphs, String fontFamily, String fontPackage) {
						fontWarning[0] = DocumentationRun.Listener.missingGlyphsWarning(glyphs, fontFamily, fontPackage, new Findings());
					}

					@Override
					public void checked(CheckedFolder folder) {
						checked.accept(folder);
					}

					private int reported;

					@Override
					public void progress(int done, int total) {
						progress.subTask(new Findings().text("run.progress.checked", done, total));
						progress.worked(done - reported);
						reported = done;
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
					}
				});
			outcome = run.run(SvcLanguage.session(), folders, mustCheck, folder);
			touched = folder.touched();
		}
		SubMonitor refreshing = progress.setWorkRemaining(1).split(1);
		refresh(output, touched, outcome.continued() > 0, refreshing);
		markDerived(output, null);
		return new Written(outcome, fontWarning[0]);
	}

	/**
	 * Past this many folders of the documentation touched by a run, one look at the whole folder is
	 * sooner than a look at each (each is a workspace operation of its own).
	 */
	private static final int FOLDERS_REFRESHED_ONE_BY_ONE = 64;

	/**
	 * Brings the workspace up to date with what the run wrote and removed: the documentation's top
	 * level (index pages, bookkeeping, services' folders that came or went) and the folders of the
	 * services it touched, rather than every file of a portfolio's documentation (60,000 files for
	 * 10,000 services: 0.5-0.9 s a save). All of it when the run went on from one that was
	 * cancelled or failed: the workspace never saw what that one wrote.
	 */
	private static void refresh(IFolder output, Set<String> touched, boolean continued, IProgressMonitor monitor) throws CoreException {
		Set<String> folders = new java.util.TreeSet<>();
		for (String file : touched) {
			int slash = file.indexOf('/');
			if (slash > 0) {
				folders.add(file.substring(0, slash));
			}
		}
		if (!output.exists() || continued || folders.size() > FOLDERS_REFRESHED_ONE_BY_ONE) {
			output.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, folders.size() + 1);
		output.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
		for (String folder : folders) {
			output.getFolder(folder).refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		}
	}

	/** Takes the output folder for this build, waiting (and saying so, cancellable) while another run writes into it. */
	private static void prepare(OutputFolder folder, IFolder output, SubMonitor progress) throws IOException {
		try {
			folder.prepare(new FolderLock.Waiting() {
				@Override
				public void waiting(String holder) {
					progress.subTask("Waiting for " + holder + " writing into " + output.getFullPath().makeRelative() + " to end");
				}

				@Override
				public boolean cancelled() {
					return progress.isCanceled();
				}
			});
		} catch (java.io.InterruptedIOException e) {
			throw new OperationCanceledException();
		}
	}

	/** A run's outcome, and what to tell the user about the diagrams' font (null: nothing). */
	public record Written(DocumentationRun.Outcome outcome, String fontWarning) {
	}

	/**
	 * Marks what is not marked yet: setting the flag again copies the resource's information into
	 * the workspace's next tree all the same, and the workspace's trees held every build's copies of
	 * all the documentation's files (1,000 services: 7,000 more objects, 0.7 MB more a save, 40 saves).
	 */
	private static void markDerived(IResource resource, IProgressMonitor monitor) throws CoreException {
		if (!resource.exists()) {
			return;
		}
		if (!resource.isDerived()) {
			resource.setDerived(true, monitor);
		}
		if (resource instanceof IFolder folder) {
			for (IResource member : folder.members()) {
				markDerived(member, monitor);
			}
		}
	}
}
