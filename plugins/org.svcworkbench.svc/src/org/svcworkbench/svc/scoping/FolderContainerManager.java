package org.svcworkbench.svc.scoping;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.AbstractContainer;
import org.eclipse.xtext.resource.containers.StateBasedContainerManager;

import com.google.common.collect.Iterables;

/**
 * All .svc files of one folder form one model: a file sees the declarations of its sibling files,
 * not those of other folders. The command line loads one folder per resource set, so it needs no
 * filter; a language server or an Eclipse workspace indexes a whole tree, and this keeps them
 * resolving names as the command line does.
 */
public class FolderContainerManager extends StateBasedContainerManager {

	@Override
	public IContainer getContainer(IResourceDescription desc, IResourceDescriptions resourceDescriptions) {
		return new FolderContainer(super.getContainer(desc, resourceDescriptions), folderOf(desc.getURI()));
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription desc, IResourceDescriptions resourceDescriptions) {
		URI folder = folderOf(desc.getURI());
		return super.getVisibleContainers(desc, resourceDescriptions).stream()
				.<IContainer>map(container -> new FolderContainer(container, folder)).toList();
	}

	static URI folderOf(URI uri) {
		return uri.trimFragment().trimSegments(1);
	}

	/** The part of a container that lies in one folder (not in its sub-folders). */
	private static final class FolderContainer extends AbstractContainer {
		private final IContainer all;
		private final URI folder;

		FolderContainer(IContainer all, URI folder) {
			this.all = all;
			this.folder = folder;
		}

		private boolean inFolder(URI uri) {
			return folderOf(uri).equals(folder);
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return Iterables.filter(all.getResourceDescriptions(), d -> inFolder(d.getURI()));
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return inFolder(uri) ? all.getResourceDescription(uri) : null;
		}

		@Override
		public boolean hasResourceDescription(URI uri) {
			return inFolder(uri) && all.hasResourceDescription(uri);
		}

		@Override
		public int getResourceDescriptionCount() {
			return Iterables.size(getResourceDescriptions());
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
			return Iterables.filter(all.getExportedObjects(type, name, ignoreCase), o -> inFolder(o.getEObjectURI()));
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
			return Iterables.filter(all.getExportedObjectsByType(type), o -> inFolder(o.getEObjectURI()));
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects() {
			return Iterables.filter(all.getExportedObjects(), o -> inFolder(o.getEObjectURI()));
		}
	}
}
