package org.svcworkbench.svc.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildContext;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.clustering.IResourceClusteringPolicy;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.xbase.lib.Functions.Function1;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Xtext's incremental build, given the index to compare the new one with instead of copying the
 * request's for it. Xtext's builder copies the request's index (every name in the workspace), and
 * a project's request was itself a copy of the project's: two copies per build, most of a
 * keystroke's build at 10,000 services and a share of every step of the reading. The old index is
 * only read during a build, by file (each file's former description, which files there were):
 * {@link IndexBefore} gives that without the name table, and {@link OpenFoldersProjectManager}
 * builds into the project's own index in place.
 */
public class IncrementalBuilderWithoutIndexCopy {

	@Inject private Provider<Launch> launches;

	@Inject private OperationCanceledManager operationCanceledManager;

	/** Builds the request, comparing with the index as it was before the build ({@code before}, read only). */
	public IncrementalBuilder.Result build(BuildRequest request, IndexState before, Function1<? super URI, ? extends IResourceServiceProvider> languages,
			IResourceClusteringPolicy clusteringPolicy) {
		BuildContext context = new BuildContext(languages, request.getResourceSet(), before, clusteringPolicy, request.getCancelIndicator());
		try {
			return launches.get().launch(context, request);
		} catch (Throwable t) {
			operationCanceledManager.propagateIfCancelException(t);
			throw t;
		}
	}

	/**
	 * Xtext's builder of one request (its context and request are its subclasses' to set): a
	 * server module that changes how a request is built binds this to its own subclass.
	 */
	public static class Launch extends IncrementalBuilder.InternalStatefulIncrementalBuilder {
		IncrementalBuilder.Result launch(BuildContext context, BuildRequest request) {
			setContext(context);
			setRequest(request);
			return launch();
		}
	}
}
