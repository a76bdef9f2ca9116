package org.svcworkbench.svc.ide.server;

import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.svcworkbench.svc.load.SvcFileSystemScanner;

import com.google.inject.AbstractModule;

/**
 * What the SVC language servers (`svc language-server` and the workbench's) change in Xtext's,
 * over its ServerModule: a workspace folder holds the files `svc validate` of that folder would
 * check, a project keeps in memory only the models of folders with an open document, and the
 * server answers 'initialize' at once and reads the workspace's folders after it, in turn.
 */
public final class SvcServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IFileSystemScanner.class).to(SvcFileSystemScanner.class);
		bind(ProjectManager.class).to(FoldersInTurn.class);
		bind(WorkspaceManager.class).to(WorkspaceReadInTurn.class);
		bind(IRequestManager.class).to(BackgroundWrites.class);
	}
}
