package org.svcworkbench.svc.ide.server;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.resource.IExternalContentSupport.IExternalContentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.clustering.IResourceClusteringPolicy;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.svcworkbench.svc.scoping.FilesByFolder;
import org.svcworkbench.svc.scoping.FolderedChunks;
import org.svcworkbench.svc.scoping.FolderedIndex;

import com.google.inject.Inject;

/**
 * A project of the language server whose memory does not grow with the portfolio. Xtext's keeps
 * every model it has read in one resource set for as long as the server runs: a workspace of 1,000
 * synthetic services held 280 MB of syntax trees, 10,000 would not fit the workbench's 2 GB. Names
 * resolve within a folder, so what the editors need is the index (every file's names) and the
 * models of the folders they show: a build reads the files in clusters, letting each go once it is
 * indexed and checked, and afterwards only the folders with an open document stay. A model needed
 * again (a link followed into a closed folder) is read again, as for any file not yet read.
 */
public class OpenFoldersProjectManager extends ProjectManager {

	/**
	 * Files read by a build before the ones already read are let go: a build reads each file twice
	 * when it has more (once to index, once to check), so a common portfolio is built in one go
	 * (1,000 synthetic services: about 300 MB at the peak), and a larger one in pieces of that size.
	 */
	static final int CLUSTER = 1_000;

	/** At most CLUSTER files processed, and not many more read (the siblings their links need). */
	private static final IResourceClusteringPolicy CLUSTERS = (resourceSet, next, processed) -> processed < CLUSTER
			&& resourceSet.getResources().size() < CLUSTER + CLUSTER / 5;

	@Inject private IncrementalBuilderWithoutIndexCopy builder;

	/**
	 * Xtext's resource set, whose index (every project's) lists each folder's files: a folder's
	 * scope asks for them once for every file checked (see {@link FilesByFolder}).
	 */
	@Override
	public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
		XtextResourceSet resources = resourceSetProvider.get();
		getProjectDescription().attachToEmfObject(resources);
		ProjectConfigAdapter.install(resources, getProjectConfig());
		new FolderedChunks(getIndexProvider().get(), resources).setContainer(getProjectDescription().getName(), newIndex);
		externalContentSupport.configureResourceSet(resources, getOpenedDocumentsContentProvider());
		OpenDocuments.attach(resources, getOpenedDocumentsContentProvider());
		return resources;
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
			CancelIndicator cancelIndicator) {
		IndexState current = foldered(getIndexState());
		IndexBefore before = new IndexBefore(current.getResourceDescriptions());
		BuildRequest request = newBuildRequest(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		IncrementalBuilder.Result result;
		try {
			result = builder.build(request, new IndexState(before, current.getFileMappings()), languagesRegistry::getResourceServiceProvider, CLUSTERS);
		} catch (Throwable failed) {
			before.restore(current.getResourceDescriptions());
			throw failed;
		}
		setIndexState(result.getIndexState());
		getIndexProvider().get().put(getProjectDescription().getName(), getIndexState().getResourceDescriptions());
		keepOnlyOpenFolders(request.getResourceSet(), getOpenedDocumentsContentProvider());
		forgetScopesWhereNamesChanged(request.getResourceSet(), result.getAffectedResources());
		return result;
	}

	/** The project's index as one that keeps each folder's files; Xtext starts a project with a plain, empty one. */
	private IndexState foldered(IndexState state) {
		if (state.getResourceDescriptions() instanceof FolderedIndex) {
			return state;
		}
		setIndexState(new IndexState(new FolderedIndex(state.getResourceDescriptions().getAllResourceDescriptions()), state.getFileMappings()));
		return getIndexState();
	}

	/**
	 * A request that builds into the project's index itself, where Xtext's builds into a copy of it:
	 * the copy (every name in the workspace) was most of a keystroke's build at 10,000 services.
	 * Requests do not run beside a build (a write waits for the reads before it, and reads after it
	 * wait for it), and {@link #doBuild} puts the index back when a build fails or is cancelled.
	 */
	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
			CancelIndicator cancelIndicator) {
		BuildRequest request = new BuildRequest();
		request.setBaseDir(getBaseDir());
		request.setState(new IndexState(getIndexState().getResourceDescriptions(), getIndexState().getFileMappings().copy()));
		request.setResourceSet(createFreshResourceSet(request.getState().getResourceDescriptions()));
		request.setDirtyFiles(changedFiles);
		request.setDeletedFiles(deletedFiles);
		request.setExternalDeltas(externalDeltas);
		request.setAfterValidate((uri, issues) -> {
			getIssueAcceptor().apply(uri, issues);
			return true;
		});
		request.setCancelIndicator(cancelIndicator);
		request.setIndexOnly(getProjectConfig().isIndexOnly());
		return request;
	}

	/**
	 * Lets the models kept (the open folders') look their names up again where a file of their folder
	 * came, went or changed its names. Xtext rebuilds only the models that use a changed name, and
	 * the others kept the names they had seen: completion in an open document did not offer a
	 * channel declared in a file created beside it until the document was edited.
	 */
	static void forgetScopesWhereNamesChanged(XtextResourceSet resources, List<IResourceDescription.Delta> changes) {
		Set<URI> folders = changes.stream().filter(IResourceDescription.Delta::haveEObjectDescriptionsChanged)
				.map(change -> change.getUri().trimSegments(1)).collect(Collectors.toSet());
		if (folders.isEmpty()) {
			return;
		}
		for (Resource resource : resources.getResources()) {
			if (resource instanceof XtextResource model && folders.contains(resource.getURI().trimSegments(1))) {
				model.getCache().clear(model);
			}
		}
	}

	/** Lets go of the models of folders in which no document is open, as Xtext's clustering does (no notifications). */
	static void keepOnlyOpenFolders(XtextResourceSet resources, IExternalContentProvider openDocuments) {
		Set<URI> openFolders = resources.getResources().stream().map(Resource::getURI).filter(openDocuments::hasContent)
				.map(uri -> uri.trimSegments(1)).collect(Collectors.toSet());
		List<Resource> closed = resources.getResources().stream().filter(resource -> !openFolders.contains(resource.getURI().trimSegments(1)))
				.toList();
		if (closed.isEmpty()) {
			return;
		}
		boolean delivering = resources.eDeliver();
		try {
			resources.eSetDeliver(false);
			resources.getResources().removeAll(closed);
		} finally {
			resources.eSetDeliver(delivering);
		}
	}
}
