package org.svcworkbench.svc.scoping;

import java.util.Collection;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Which files a change of names touches: the other files of its folder, since a folder is one model
 * (see {@link FolderContainerManager}), and all of them, since a sibling's new name may clash with
 * one of theirs. Xtext's rule looks for the changed names among the names every file of the
 * workspace used, in any folder: a portfolio whose folders all declare `channel web` re-checked
 * every folder's files when one of them changed that channel, and a language server reading a
 * workspace folder by folder re-checked the folders read before at each step.
 */
public class FolderDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		URI file = candidate.getURI();
		for (IResourceDescription.Delta delta : deltas) {
			if (FolderContainerManager.inOneFolder(file, delta.getUri()) && !delta.getUri().equals(file) && delta.haveEObjectDescriptionsChanged()) {
				return true;
			}
		}
		return false;
	}
}
