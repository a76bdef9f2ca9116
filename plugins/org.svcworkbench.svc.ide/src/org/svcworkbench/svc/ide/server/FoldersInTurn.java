package org.svcworkbench.svc.ide.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.ISourceFolder;

/**
 * A project whose folders are read in turn after the server has answered 'initialize', by
 * {@link WorkspaceReadInTurn}, instead of all of them before it answers: Xtext reads and checks
 * the whole workspace inside 'initialize', and an editor offers nothing until then (1,000 services:
 * 10 s; 10,000: 49 s). A folder is read whole, since it is one model; a folder in which a file is
 * opened, edited, created or deleted is read at once with that file, before the folders still waiting.
 * Every file is read and checked in the end, so the editor's problem list covers the workspace.
 */
public class FoldersInTurn extends OpenFoldersProjectManager {

	/** The folders not read yet and their .svc files, in the order they will be read. */
	private final Map<URI, List<URI>> waiting = new LinkedHashMap<>();

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		waiting.clear();
		for (ISourceFolder folder : getProjectConfig().getSourceFolders()) {
			for (URI file : folder.getAllResources(fileSystemScanner)) {
				// the scanner lists every file and folder; the build would pass over all but the language's
				if (languagesRegistry.getResourceServiceProvider(file) != null) {
					waiting.computeIfAbsent(file.trimSegments(1), key -> new ArrayList<>()).add(file);
				}
			}
		}
		return doBuild(List.of(), List.of(), List.of(), cancelIndicator);
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
			CancelIndicator cancelIndicator) {
		for (URI deleted : deletedFiles) {
			List<URI> files = waiting.get(deleted.trimSegments(1));
			if (files != null) {
				files.remove(deleted);
			}
		}
		Set<URI> toRead = new LinkedHashSet<>(dirtyFiles);
		Set<URI> reading = new HashSet<>();
		for (URI file : dirtyFiles) {
			URI folder = file.trimSegments(1);
			List<URI> files = waiting.get(folder);
			if (files != null && reading.add(folder)) {
				toRead.addAll(files);
			}
		}
		IncrementalBuilder.Result result = super.doBuild(new ArrayList<>(toRead), deletedFiles, externalDeltas, cancelIndicator);
		waiting.keySet().removeAll(reading); // only once built: a cancelled build leaves them waiting
		return result;
	}

	/** The files of the next folders waiting, whole folders, about {@code files} of them. */
	List<URI> nextFolders(int files) {
		List<URI> next = new ArrayList<>();
		for (List<URI> folder : waiting.values()) {
			if (!next.isEmpty() && next.size() + folder.size() > files) {
				break;
			}
			next.addAll(folder);
		}
		return next;
	}

	int waitingFiles() {
		return waiting.values().stream().mapToInt(List::size).sum();
	}
}
