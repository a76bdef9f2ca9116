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

	/**
	 * The part of a container that lies in one folder (not in its sub-folders). Xtext keeps one per
	 * file and asks it for its size each time it makes a scope (which looks at every file of the
	 * folder) and whether a name lies in the folder for each name it looks up: that test is a look at
	 * the URI's text, or a folder of 1,000 files spends most of its check making folder URIs.
	 */
	private static final class FolderContainer extends AbstractContainer {
		private final IContainer all;
		/** The folder's URI and a slash: what the URIs of its files and their objects start with. */
		private final String prefix;

		FolderContainer(IContainer all, URI folder) {
			this.all = all;
			String text = folder.toString();
			this.prefix = text.endsWith("/") ? text : text + "/";
		}

		/** Whether the file or object lies right in the folder: its path goes on without another slash (a fragment may have some). */
		private boolean inFolder(URI uri) {
			String text = uri.toString();
			if (!text.startsWith(prefix)) {
				return false;
			}
			int slash = text.indexOf('/', prefix.length()), fragment = text.indexOf('#', prefix.length());
			return slash < 0 || fragment >= 0 && fragment < slash;
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
