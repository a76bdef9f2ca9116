package org.svcworkbench.svc.ide.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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

	/** Waiting folders a step of the reading has asked for: a cancelled step leaves their files in Xtext's queue. */
	private final Set<URI> stepped = new HashSet<>();

	/** Whether the build on its way is a step of the reading (set on the request queue's thread). */
	private boolean inStep;

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		waiting.clear();
		stepped.clear();
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
		Set<URI> toRead = new LinkedHashSet<>();
		Set<URI> reading = new HashSet<>();
		for (URI file : dirtyFiles) {
			if (!inStep && leftByACancelledStep(file)) {
				continue;
			}
			toRead.add(file);
			URI folder = file.trimSegments(1);
			List<URI> files = waiting.get(folder);
			if (files != null && reading.add(folder)) {
				toRead.addAll(files);
			}
		}
		IncrementalBuilder.Result result = super.doBuild(new ArrayList<>(toRead), deletedFiles, externalDeltas, cancelIndicator);
		waiting.keySet().removeAll(reading); // only once built: a cancelled build leaves them waiting
		stepped.removeAll(reading);
		return result;
	}

	/**
	 * Whether the file was queued by a step of the reading that an edit cancelled, and nothing else
	 * asks for it: Xtext builds every file its queue holds, and the edit's findings (and the
	 * completion after it) would wait for a step's files too. Its folder still waits, so the
	 * next step reads it. A file opened or created there since is the editor's, and reads its folder now.
	 */
	private boolean leftByACancelledStep(URI file) {
		URI folder = file.trimSegments(1);
		List<URI> files = waiting.get(folder);
		return stepped.contains(folder) && files != null && files.contains(file) && !getOpenedDocumentsContentProvider().hasContent(file);
	}

	/** Runs a step of the reading: a build of the files {@link #nextFolders(int)} gave, all of them. */
	<T> T asStep(Supplier<T> build) {
		inStep = true;
		try {
			return build.get();
		} finally {
			inStep = false;
		}
	}

	/** The files of the next folders waiting, whole folders, about {@code files} of them. */
	List<URI> nextFolders(int files) {
		List<URI> next = new ArrayList<>();
		for (Map.Entry<URI, List<URI>> folder : waiting.entrySet()) {
			if (!next.isEmpty() && next.size() + folder.getValue().size() > files) {
				break;
			}
			next.addAll(folder.getValue());
			stepped.add(folder.getKey());
		}
		return next;
	}

	int waitingFiles() {
		return waiting.values().stream().mapToInt(List::size).sum();
	}
}
