package org.svcworkbench.svc.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * A project that reads only the folders in which a document has been opened. Names resolve within
 * a folder, so an editor's links, completion, references and renaming need the open document's
 * folder and nothing else; for a client that has every file's findings from elsewhere (the Eclipse
 * workbench: its builder's markers) reading the whole workspace first only makes the first editor
 * wait (10,000 services: 48 s). A folder is read when its first document opens, and kept current
 * from then on; a change to a file of a folder not read is left alone.
 */
public class OpenFoldersOnly extends OpenFoldersProjectManager {

	@Inject private UriExtensions uris;

	private final Set<URI> foldersRead = new HashSet<>();

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		return doBuild(List.of(), List.of(), List.of(), cancelIndicator);
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
			CancelIndicator cancelIndicator) {
		Set<URI> toRead = new LinkedHashSet<>();
		Set<URI> opening = new HashSet<>();
		for (URI file : dirtyFiles) {
			URI folder = file.trimSegments(1);
			if (foldersRead.contains(folder)) {
				toRead.add(file);
			} else if (getOpenedDocumentsContentProvider().hasContent(file)) {
				opening.add(folder);
				toRead.add(file);
				toRead.addAll(svcFilesIn(folder));
			}
		}
		IncrementalBuilder.Result result = super.doBuild(new ArrayList<>(toRead), deletedFiles, externalDeltas, cancelIndicator);
		foldersRead.addAll(opening); // only once built: a cancelled build reads the folder again next time
		return result;
	}

	/** The .svc files right in the folder, named as the server's file system scanner names them. */
	private List<URI> svcFilesIn(URI folder) {
		if (!folder.isFile()) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(Path.of(folder.toFileString()))) {
			return files.filter(file -> file.getFileName().toString().endsWith(".svc") && Files.isRegularFile(file)).sorted()
					.map(file -> uris.toEmfUri(file.toUri())).toList();
		} catch (IOException e) {
			return List.of(); // a folder that cannot be listed: the document alone, as in a folder of one file
		}
	}
}
