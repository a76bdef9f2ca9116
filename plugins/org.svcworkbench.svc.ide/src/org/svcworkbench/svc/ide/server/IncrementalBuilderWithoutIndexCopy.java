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
 * Xtext's incremental build, told the project's index as it stands before the build instead of
 * copying the request's copy of it. Xtext's builder copies the index to compare the new one with,
 * and a project's build request is already a copy: two copies of every name in the workspace for
 * each build, which at 10,000 services was about half of a keystroke's build (0.2 s of it) and a
 * share of every step of the reading. The old index is only read during a build (each file's former
 * description, which files there were), and a project's index is replaced after a build, never
 * changed in place, so the project's own serves.
 */
public class IncrementalBuilderWithoutIndexCopy {

	@Inject private Provider<Launch> launches;

	@Inject private OperationCanceledManager operationCanceledManager;

	/** Builds the request against the index it was copied from, which stays as it is. */
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
