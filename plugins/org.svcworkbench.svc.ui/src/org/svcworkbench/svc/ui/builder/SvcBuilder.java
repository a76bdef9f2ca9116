package org.svcworkbench.svc.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.FileProblem;
import org.svcworkbench.svc.words.Findings;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.ui.generate.GenerationSettings;
import org.svcworkbench.svc.ui.generate.ProjectDocumentation;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;

/**
 * Keeps the Problems view right for the saved .svc files of a project with the SVC nature: a full
 * build checks every folder; an incremental build checks the folders in which a .svc file was
 * added, changed or removed, all files of each (names resolve across the files of a folder, so a
 * change in one can fix or break its siblings). Checking is the command line's: the same session,
 * the same findings. When the project's settings ask for documentation (GenerationSettings), the
 * changed folders are checked once by the documentation run, as {@code svc generate} does it
 * (only what changed is documented again), and their markers come from that check.
 */
public class SvcBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.svcworkbench.svc.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		GenerationSettings settings = GenerationSettings.of(getProject());
		Set<IContainer> folders = new TreeSet<>(BY_PATH);
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null) {
			folders.addAll(allFolders(settings));
		} else {
			delta.accept(change -> {
				if (isSvc(change.getResource())) {
					folders.add(change.getResource().getParent());
				}
				return true;
			});
		}
		Set<IContainer> marked = new TreeSet<>(BY_PATH);
		SubMonitor build = SubMonitor.convert(monitor, 10);
		if (!settings.enabled() || settings.formats().isEmpty()) {
			// no documentation: nothing is left to say about it
			getProject().deleteMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} else if (!folders.isEmpty()) {
			document(settings, folders, marked, build.split(9)); // checks the changed folders once, for markers and documentation
		}
		SubMonitor progress = SubMonitor.convert(build.setWorkRemaining(1).split(1), "Checking .svc files", folders.size());
		for (IContainer folder : folders) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (!marked.contains(folder)) {
				progress.subTask(folder.getFullPath().toString());
				check(folder);
			}
			progress.worked(1);
		}
		return null;
	}

	private static final java.util.Comparator<IContainer> BY_PATH = (a, b) -> a.getFullPath().toString()
			.compareTo(b.getFullPath().toString());

	/** Every folder of the project with .svc files, but for ignored ones and the documentation folder. */
	private Set<IContainer> allFolders(GenerationSettings settings) throws CoreException {
		Set<IContainer> folders = new TreeSet<>(BY_PATH);
		org.eclipse.core.runtime.IPath output = getProject().getFolder(settings.folder()).getFullPath();
		getProject().accept(resource -> {
			if (isSvc(resource)) {
				folders.add(resource.getParent());
			}
			return !isIgnoredFolder(resource) && !resource.getFullPath().equals(output);
		});
		return folders;
	}

	/**
	 * Writes the documentation of all the project's models, checking the changed folders on the way
	 * and setting their markers (those it marks are added to {@code marked}); a problem writing is
	 * a marker on the project.
	 */
	private void document(GenerationSettings settings, Set<IContainer> changed, Set<IContainer> marked, IProgressMonitor monitor)
			throws CoreException {
		IProject project = getProject();
		// A font warning stays until a run that writes says again what it is: a run with nothing to do does not.
		List<IMarker> fontWarnings = new ArrayList<>();
		for (IMarker marker : project.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING) {
				fontWarnings.add(marker);
			} else {
				marker.delete();
			}
		}
		String problem = settings.folderProblem();
		if (problem != null) {
			SvcMarkers.onProject(project, problem + ": change it in Project > Properties > SVC.");
			return;
		}
		Map<Path, List<Path>> models = new TreeMap<>();
		for (IContainer folder : allFolders(settings)) {
			List<Path> files = new ArrayList<>();
			for (IResource member : folder.members()) {
				if (isSvc(member) && member.getLocation() != null) {
					files.add(member.getLocation().toPath().toAbsolutePath().normalize());
				}
			}
			if (!files.isEmpty() && folder.getLocation() != null) {
				files.sort(null);
				models.put(folder.getLocation().toPath().toAbsolutePath().normalize(), files);
			}
		}
		Map<Path, IContainer> byPath = new TreeMap<>();
		for (IContainer folder : changed) {
			if (folder.exists() && folder.getLocation() != null) {
				byPath.put(folder.getLocation().toPath().toAbsolutePath().normalize(), folder);
			}
		}
		LoadedModels.Pending toKeep = new LoadedModels.Pending();
		try {
			ProjectDocumentation.Written written = ProjectDocumentation.write(project, models, byPath.keySet(), checked -> {
				IContainer folder = byPath.get(checked.folder());
				if (folder != null) {
					try {
						markers(folder, UndocumentedServices.withWarnings(checked, SvcLanguage.session().findings()));
						marked.add(folder);
						toKeep.add(checked.loaded());
					} catch (CoreException e) {
						throw new IllegalStateException(e); // the folder is checked again below
					}
				}
			}, settings, monitor);
			if (!written.outcome().upToDate()) { // a run that wrote tells of every service's glyphs, the ones it left as they were too
				for (IMarker old : fontWarnings) {
					old.delete();
				}
				if (written.fontWarning() != null) {
					SvcMarkers.warningOnProject(project, written.fontWarning());
				}
			}
		} catch (java.io.IOException e) {
			FileProblem failure = FileProblem.of(e);
			Findings words = new Findings(); // the workbench's language, as the markers' findings
			SvcMarkers.onProject(project, words.text("run.cannot-write-documentation", settings.folder(), failure.describe(words),
					failure.remedy(words.text("remedy.choose.eclipse"), words)));
		} catch (OperationCanceledException e) {
			throw e; // the user stopped the build: what was written is whole, the next build goes on
		} catch (RuntimeException e) {
			SvcMarkers.onProject(project, "The documentation could not be written into '" + settings.folder() + "' (" + e
					+ "): check that the folder can be written, or choose another in Project > Properties > SVC.");
		} finally {
			toKeep.keep();
		}
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(SvcMarkers.TYPE, true, IResource.DEPTH_INFINITE);
	}

	/** Checks all .svc files of one folder together and replaces their markers. */
	private static void check(IContainer folder) throws CoreException {
		if (!folder.exists() || folder.getLocation() == null) {
			return;
		}
		List<Path> files = new ArrayList<>(svcFiles(folder).keySet());
		if (files.isEmpty()) {
			return;
		}
		CheckedFolder checked = SvcLanguage.session().check(folder.getLocation().toPath(), files);
		markers(folder, checked.findings());
		LoadedModels.keep(checked.loaded());
	}

	/** Replaces the markers of the folder's .svc files with the findings. */
	private static void markers(IContainer folder, List<SvcDiagnostic> findings) throws CoreException {
		Map<Path, IFile> byPath = svcFiles(folder);
		for (IFile file : byPath.values()) {
			SvcMarkers.replace(file, findings.stream().filter(d -> byPath.get(d.file().toAbsolutePath().normalize()) == file).toList());
		}
	}

	private static Map<Path, IFile> svcFiles(IContainer folder) throws CoreException {
		Map<Path, IFile> byPath = new TreeMap<>();
		for (IResource member : folder.members()) {
			if (isSvc(member) && member.exists() && member.getLocation() != null) {
				byPath.put(member.getLocation().toPath().toAbsolutePath().normalize(), (IFile) member);
			}
		}
		return byPath;
	}

	static boolean isSvc(IResource resource) {
		return resource.getType() == IResource.FILE && "svc".equals(resource.getFileExtension());
	}

	/** The command line's rules (SvcFolders): hidden folders, build output, folders with a .svcignore file. */
	private static boolean isIgnoredFolder(IResource resource) {
		return resource.getType() == IResource.FOLDER && resource.getLocation() != null && SvcFolders.skipped(resource.getLocation().toPath());
	}
}
