package org.svcworkbench.svc.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;

import com.google.inject.AbstractModule;

/**
 * Over {@link SvcServerModule}, for a client that shows findings in its editors alone and has the
 * whole workspace's from elsewhere (the Eclipse workbench: its builder's markers): the server reads
 * only the folders of open documents and checks only the open documents.
 */
public final class OpenDocumentsServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(ProjectManager.class).to(OpenFoldersOnly.class);
		bind(IncrementalBuilderWithoutIndexCopy.Launch.class).to(OpenDocumentsChecked.class); // the projects' builds
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(OpenDocumentsChecked.class); // any of Xtext's own
	}
}
