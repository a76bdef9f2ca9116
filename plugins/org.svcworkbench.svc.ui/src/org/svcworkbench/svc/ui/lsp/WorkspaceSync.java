package org.svcworkbench.svc.ui.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Tells the server what changes in the Eclipse workspace: projects opened, closed, created or
 * deleted (workspace folders), and .svc files saved, created or deleted outside an editor, so that
 * references across files follow.
 */
final class WorkspaceSync implements IResourceChangeListener {

	private final LanguageServerImpl server;

	WorkspaceSync(LanguageServerImpl server) {
		this.server = server;
	}

	void start() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this,
				IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
	}

	void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
			// A project about to close or go: its folder leaves the server while it is still there.
			if (event.getResource() instanceof IProject project && project.getLocation() != null) {
				changeFolders(List.of(), List.of(SvcLanguageServer.folder(project)));
			}
			return;
		}
		List<WorkspaceFolder> added = new ArrayList<>();
		List<FileEvent> files = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> visit(delta, added, files));
		} catch (CoreException e) {
			SvcUiLog.error("Could not follow workspace changes", e);
		}
		if (!added.isEmpty()) {
			changeFolders(added, List.of());
		}
		if (!files.isEmpty()) {
			server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(files));
		}
	}

	private static boolean visit(IResourceDelta delta, List<WorkspaceFolder> added, List<FileEvent> files) {
		IResource resource = delta.getResource();
		if (resource instanceof IProject project) {
			boolean opened = (delta.getFlags() & IResourceDelta.OPEN) != 0 && project.isOpen();
			if ((delta.getKind() == IResourceDelta.ADDED && project.isOpen() || opened) && project.getLocation() != null) {
				added.add(SvcLanguageServer.folder(project));
				return false; // the server reads the whole new folder itself
			}
			return project.isOpen();
		}
		if (resource.getType() == IResource.FILE && "svc".equals(resource.getFileExtension()) && resource.getLocation() != null) {
			FileChangeType type = switch (delta.getKind()) {
				case IResourceDelta.ADDED -> FileChangeType.Created;
				case IResourceDelta.REMOVED -> FileChangeType.Deleted;
				default -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 ? FileChangeType.Changed : null;
			};
			if (type != null) {
				files.add(new FileEvent(SvcLanguageServer.uri(resource.getLocation()), type));
			}
		}
		return true;
	}

	private void changeFolders(List<WorkspaceFolder> added, List<WorkspaceFolder> removed) {
		server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed)));
	}
}
