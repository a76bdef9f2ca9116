package org.svcworkbench.svc.ide.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;

/**
 * A project's index as it was before a build changed it in place: each file's description, which
 * Xtext's builder compares the new ones with and which are put back if the build fails or is
 * cancelled. Without the index's name table: a build never looks names up in the old index, and
 * copying that table (every name in the workspace) was most of a keystroke's build at 10,000 services.
 * Read-only; names are still found, by a pass over the files.
 */
final class IndexBefore extends ResourceDescriptionsData {

	IndexBefore(ResourceDescriptionsData index) {
		super(descriptions(index), Map.of());
	}

	private static Map<URI, IResourceDescription> descriptions(ResourceDescriptionsData index) {
		Map<URI, IResourceDescription> descriptions = new LinkedHashMap<>();
		for (URI file : index.getAllURIs()) {
			descriptions.put(file, index.getResourceDescription(file));
		}
		return descriptions;
	}

	/** Puts the files' descriptions back as they were into the index a build changed. */
	void restore(ResourceDescriptionsData index) {
		for (URI file : List.copyOf(index.getAllURIs())) {
			if (getResourceDescription(file) == null) {
				index.removeDescription(file);
			}
		}
		for (URI file : getAllURIs()) {
			if (index.getResourceDescription(file) != getResourceDescription(file)) {
				index.addDescription(file, getResourceDescription(file));
			}
		}
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		return Iterables.concat(Iterables.transform(getAllResourceDescriptions(), file -> file.getExportedObjects(type, name, ignoreCase)));
	}

	@Override
	public ResourceDescriptionsData copy() {
		return new ResourceDescriptionsData(ImmutableList.copyOf(getAllResourceDescriptions()));
	}

	@Override
	public void addDescription(URI uri, IResourceDescription newDescription) {
		throw new UnsupportedOperationException("the index before a build is read-only");
	}

	@Override
	public void removeDescription(URI uri) {
		throw new UnsupportedOperationException("the index before a build is read-only");
	}

	@Override
	public void register(IResourceDescription.Delta delta) {
		throw new UnsupportedOperationException("the index before a build is read-only");
	}
}
