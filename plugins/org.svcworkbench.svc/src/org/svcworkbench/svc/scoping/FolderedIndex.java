package org.svcworkbench.svc.scoping;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.common.collect.ImmutableList;

/**
 * A project's index that also keeps the files of each folder, up to date as files are indexed and
 * removed. Each folder's files are in the order the index iterates them: a file indexed again moves
 * to the end in both.
 */
public class FolderedIndex extends ResourceDescriptionsData implements FilesByFolder {

	private final Map<URI, Set<URI>> folders = new HashMap<>();

	public FolderedIndex(Iterable<IResourceDescription> descriptions) {
		super(descriptions);
		for (URI file : getAllURIs()) {
			folders.computeIfAbsent(folderOf(file), folder -> new LinkedHashSet<>()).add(file);
		}
	}

	private static URI folderOf(URI file) {
		return file.trimSegments(1);
	}

	@Override
	public Iterable<URI> filesIn(URI folder) {
		Set<URI> files = folders.get(folder);
		return files == null ? Collections.emptySet() : Collections.unmodifiableSet(files);
	}

	@Override
	public void addDescription(URI uri, IResourceDescription newDescription) {
		super.addDescription(uri, newDescription); // removes the file's former description first, through removeDescription
		if (newDescription != null) {
			folders.computeIfAbsent(folderOf(uri), folder -> new LinkedHashSet<>()).add(uri);
		}
	}

	@Override
	public void removeDescription(URI uri) {
		super.removeDescription(uri);
		URI folder = folderOf(uri);
		Set<URI> files = folders.get(folder);
		if (files != null && files.remove(uri) && files.isEmpty()) {
			folders.remove(folder);
		}
	}

	@Override
	public ResourceDescriptionsData copy() {
		return new FolderedIndex(ImmutableList.copyOf(getAllResourceDescriptions()));
	}
}
