package org.svcworkbench.svc.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
		return new FolderContainer(super.getContainer(desc, resourceDescriptions), resourceDescriptions, desc.getURI());
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription desc, IResourceDescriptions resourceDescriptions) {
		return super.getVisibleContainers(desc, resourceDescriptions).stream()
				.<IContainer>map(container -> new FolderContainer(container, resourceDescriptions, desc.getURI())).toList();
	}

	static URI folderOf(URI uri) {
		return uri.trimFragment().trimSegments(1);
	}

	/** Whether two files (or objects of files) lie right in one folder. */
	public static boolean inOneFolder(URI file, URI other) {
		int count = file.segmentCount();
		return count > 0 && other.segmentCount() == count && sameSegments(file, other, count - 1) && sameRoot(file, other);
	}

	/**
	 * Whether the first segments of the two URIs are the same, compared from the last, where the
	 * URIs of two folders differ: without the URIs' text, which a language server's index of 10,000
	 * files spent a fifth of its first check making and reading here.
	 */
	private static boolean sameSegments(URI one, URI other, int segments) {
		for (int i = segments - 1; i >= 0; i--) {
			if (!one.segment(i).equals(other.segment(i))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the file or object lies right in the folder (not in a sub-folder). */
	static boolean inFolder(URI folder, URI uri) {
		int count = folder.segmentCount();
		return uri.segmentCount() == count + 1 && sameSegments(folder, uri, count) && sameRoot(folder, uri);
	}

	/**
	 * The indexed files right in a folder, in the index's order: as the index lists them where it
	 * keeps them by folder ({@link FilesByFolder}), else found by a pass over the whole index.
	 */
	public static Iterable<URI> filesIn(IResourceDescriptions index, URI folder) {
		if (index instanceof FilesByFolder byFolder) {
			return byFolder.filesIn(folder);
		}
		return Iterables.filter(Iterables.transform(index.getAllResourceDescriptions(), IResourceDescription::getURI), uri -> inFolder(folder, uri));
	}

	private static boolean sameRoot(URI one, URI other) {
		return Objects.equals(one.scheme(), other.scheme()) && Objects.equals(one.authority(), other.authority())
				&& Objects.equals(one.device(), other.device()) && one.hasAbsolutePath() == other.hasAbsolutePath();
	}

	/**
	 * The part of a container that lies in one file's folder (not in its sub-folders). Xtext keeps
	 * one per file while the file is unchanged, asks it for its size each time it makes a scope and
	 * whether a name lies in the folder for each name it looks up. The folder's files are found once,
	 * from the index's list of them where it keeps one, else by one pass over the index: counting them
	 * by a pass for every scope kept a language server's first check of 10,000 services going for
	 * more than five minutes. Whether a name lies in the folder is a look at the URI's segments (a
	 * folder of 1,000 files spent most of its check making folder URIs).
	 */
	private static final class FolderContainer extends AbstractContainer {
		private final IContainer all;
		private final IResourceDescriptions index;
		/** The file whose folder this is. */
		private final URI file;
		/** The folder: the URIs of its files and their objects have its segments and one more. */
		private final URI folder;
		/** The folder's files in the container, in the index's order; found on first need. */
		private List<URI> files;

		FolderContainer(IContainer all, IResourceDescriptions index, URI file) {
			this.all = all;
			this.index = index;
			this.file = file;
			this.folder = folderOf(file);
		}

		private boolean inFolder(URI uri) {
			return FolderContainerManager.inFolder(folder, uri);
		}

		private List<URI> files() {
			if (files == null) {
				List<URI> found = new ArrayList<>();
				for (URI uri : filesIn(index, folder)) {
					if (all.hasResourceDescription(uri)) {
						found.add(uri);
					}
				}
				if (!found.contains(file) && all.hasResourceDescription(file)) {
					found.add(file); // a container may hold a file its index does not (one not yet saved)
				}
				files = found;
			}
			return files;
		}

		/**
		 * A file's description from the index where it has one: a language server's container answers
		 * its first request for one by copying the whole workspace's into a map.
		 */
		private IResourceDescription described(URI uri) {
			IResourceDescription indexed = index.getResourceDescription(uri);
			return indexed != null ? indexed : all.getResourceDescription(uri);
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return Iterables.filter(Iterables.transform(files(), this::described), Objects::nonNull);
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return hasResourceDescription(uri) ? described(uri) : null;
		}

		@Override
		public boolean hasResourceDescription(URI uri) {
			return inFolder(uri) && all.hasResourceDescription(uri);
		}

		@Override
		public int getResourceDescriptionCount() {
			return files().size();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
			return Iterables.filter(all.getExportedObjects(type, name, ignoreCase), o -> inFolder(o.getEObjectURI()));
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
			return Iterables.concat(Iterables.transform(getResourceDescriptions(), d -> d.getExportedObjectsByType(type)));
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects() {
			return Iterables.concat(Iterables.transform(getResourceDescriptions(), IResourceDescription::getExportedObjects));
		}
	}
}
