package org.svcworkbench.svc.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.common.collect.Iterables;

/**
 * A language server's index of every project (one chunk each) that finds a folder's files in the
 * chunks that list them by folder ({@link FolderedIndex}), and by a pass over the others.
 */
public class FolderedChunks extends ChunkedResourceDescriptions implements FilesByFolder {

	public FolderedChunks(Map<String, ResourceDescriptionsData> chunks, ResourceSet resourceSet) {
		super(chunks, resourceSet);
	}

	@Override
	public ChunkedResourceDescriptions createShallowCopyWith(ResourceSet resourceSet) {
		return new FolderedChunks(chunk2resourceDescriptions, resourceSet);
	}

	@Override
	public Iterable<URI> filesIn(URI folder) {
		List<Iterable<URI>> found = new ArrayList<>();
		for (ResourceDescriptionsData chunk : chunk2resourceDescriptions.values()) { // in the order getAllResourceDescriptions has them
			found.add(FolderContainerManager.filesIn(chunk, folder));
		}
		return Iterables.concat(found);
	}
}
