package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ide.server.FoldersInTurn;
import org.svcworkbench.svc.ide.server.WorkspaceReadInTurn;
import org.svcworkbench.svc.scoping.FolderedChunks;
import org.svcworkbench.svc.scoping.FolderedIndex;

import com.google.common.collect.Iterables;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * A designer types while `svc language-server` is still reading the workspace: the keystroke
 * cancels the reading's step in flight, and its findings come from a build of the document's
 * folder alone, not of the files the cancelled step had asked for (up to 80), which the reading
 * takes up again afterwards.
 */
class EditWhileTheWorkspaceIsReadTest extends AbstractLanguageServerTest {

	EditWhileTheWorkspaceIsReadTest() {
		super("svc");
	}

	@Override
	protected Module getServerModule() {
		return Modules.override(SvcLanguageServerTest.serverModule()).with(binder -> binder.bind(ProjectManager.class).to(FirstStepHeld.class));
	}

	@Test
	void anEditIsCheckedWithoutTheStepItCancelled() throws Exception {
		for (int i = 0; i < 30; i++) {
			new File(root, "f" + i).mkdirs();
			writeFile("f" + i + "/channels.svc", "channel shop\n");
			writeFile("f" + i + "/service.svc", "service S { place { channels shop, nowhere } }\n");
		}
		initialize();
		WorkspaceReadInTurn workspace = (WorkspaceReadInTurn) SvcLanguageServerTest.workspaceOf(languageServer);
		FirstStepHeld project = (FirstStepHeld) workspace.getProjectManagers().get(0);
		assertTrue(project.held.await(60, TimeUnit.SECONDS), "the reading's first step began");

		String opened = getVirtualFile("f29/service.svc");
		open(opened, "service S { place { channels shop, elsewhere } }\n");
		Assertions.assertEquals(1, errors(opened), "the opened document's errors: " + getDiagnostics().get(opened));
		int edit = project.builds.indexOf(project.builds.stream().filter(build -> build.contains(URI.createURI(opened))).findFirst().orElseThrow());
		List<URI> editsBuild = project.builds.get(edit);
		Assertions.assertEquals(0, project.indexed.get(edit), "files in the index after the cancelled step, which had indexed 20");
		Assertions.assertEquals(List.of("f29/channels.svc", "f29/service.svc"),
				editsBuild.stream().map(file -> file.trimSegments(0).segment(file.segmentCount() - 2) + "/" + file.lastSegment()).sorted().toList(),
				"the files built with the edit (the step it cancelled had asked for ten other folders)");

		while (languageServer.getRequestManager().runRead(cancel -> workspace.isWaiting()).get()) {
			Thread.sleep(20);
		}
		for (int i = 0; i < 29; i++) {
			Assertions.assertEquals(1, errors(getVirtualFile("f" + i + "/service.svc")), "f" + i + " read in the end");
		}
		// The index the folders' scopes read lists each folder's files, the cancelled step's put back too.
		List<Integer> listed = languageServer.getRequestManager().runRead(cancel -> {
			assertInstanceOf(FolderedChunks.class, ChunkedResourceDescriptions.findInEmfObject(project.getResourceSet()));
			FolderedIndex index = (FolderedIndex) project.getIndexState().getResourceDescriptions();
			List<Integer> counts = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				counts.add(Iterables.size(index.filesIn(URI.createURI(getVirtualFile("f" + i + "/service.svc")).trimSegments(1))));
			}
			return counts;
		}).get();
		Assertions.assertEquals(Collections.nCopies(30, 2), listed, "files listed in each folder");
	}

	private long errors(String file) {
		return getDiagnostics().get(file).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count();
	}

	/**
	 * The project, holding the reading's first step until the editor cancels it, halfway through (its
	 * files indexed, the first checked), and noting what each build reads and how many files the
	 * index has when it begins.
	 */
	public static class FirstStepHeld extends FoldersInTurn {
		final CountDownLatch held = new CountDownLatch(1);
		final List<List<URI>> builds = new CopyOnWriteArrayList<>();
		final List<Integer> indexed = new CopyOnWriteArrayList<>();

		@Override
		protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
				CancelIndicator cancelIndicator) {
			builds.add(List.copyOf(changedFiles));
			indexed.add(getIndexState().getResourceDescriptions().getAllURIs().size());
			BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
			if (!changedFiles.isEmpty() && held.getCount() > 0) {
				BuildRequest.IPostValidationCallback checked = request.getAfterValidate();
				request.setAfterValidate((file, issues) -> {
					if (held.getCount() > 0) {
						held.countDown();
						long end = System.nanoTime() + 60_000_000_000L;
						while (!cancelIndicator.isCanceled() && System.nanoTime() < end) {
							Thread.onSpinWait();
						}
					}
					return checked.afterValidate(file, issues);
				});
			}
			return request;
		}
	}
}
