package org.svcworkbench.svc.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * A workspace that answers 'initialize' before it has read its files, and reads them afterwards in
 * steps of whole folders ({@link FoldersInTurn}), each a write of the server's own that yields to
 * the editor ({@link BackgroundWrites}): a request waits for one step at most. The first steps
 * are small, since the server's code is not compiled yet and the first document opens then; each
 * is twice the one before, up to {@link #STEP}. Since a build no longer copies the index (see
 * {@link OpenFoldersProjectManager#newBuildRequest}), small steps cost nothing more: 10,000 services
 * were read in 33–35 s in steps of 80 files, 40 s of 160, 43–47 s of 320 and 41 s of 40, and a
 * request waits for a quarter of what it waited with 320.
 */
public class WorkspaceReadInTurn extends WorkspaceManager {

	static final int FIRST_STEP = 20;

	static final int STEP = 80;

	@Inject private IRequestManager requests;

	/** Whether a step is on its way (touched on the request queue's thread only). */
	private boolean reading;

	private int step = FIRST_STEP;

	/** Told how far the reading has come, for an editor's progress bar. */
	public interface Progress {
		/** After each step: the workspace's files read so far, of all it had when the reading started. */
		void read(int files, int of);

		/** The reading is over: every folder is read, or a step failed (and its folders wait for an edit there). */
		void end();
	}

	private Progress progress = new Progress() {
		@Override
		public void read(int files, int of) {
		}

		@Override
		public void end() {
		}
	};

	/** The files to read when the reading started (the denominator of the progress). */
	private int toRead;

	/** Tells this how far the reading has come, from the next reading on (set it before 'initialize'). */
	public void reportTo(Progress progress) {
		this.progress = progress;
	}

	@Override
	protected void refreshWorkspaceConfig(CancelIndicator cancelIndicator) {
		int waitingBefore = waitingFiles();
		super.refreshWorkspaceConfig(cancelIndicator);
		if (requests instanceof BackgroundWrites background) {
			if (reading) {
				toRead += waitingFiles() - waitingBefore; // a folder added to the workspace while it is read: one bar still
			} else {
				toRead = waitingFiles();
				if (toRead > 0) {
					progress.read(0, toRead);
				}
			}
			readNextFolders(background);
		} else {
			// No background writes (a test's direct request manager): everything now, as Xtext does.
			asStep(() -> doBuild(nextFolders(Integer.MAX_VALUE), List.of(), cancelIndicator));
		}
	}

	private void readNextFolders(BackgroundWrites background) {
		if (reading || !isWaiting()) {
			return; // a reading on its way goes on to the folders added since it started
		}
		reading = true;
		background.<Buildable, Object>runInBackground(() -> {
			List<URI> next = nextFolders(step);
			step = Math.min(2 * step, STEP);
			return next.isEmpty() ? Buildable.NO_BUILD : didChangeFiles(next, List.of());
		}, (cancelIndicator, buildable) -> asStep(() -> buildable.build(cancelIndicator))).whenComplete((built, failure) -> {
			reading = false;
			if (failure == null) {
				progress.read(Math.max(0, toRead - waitingFiles()), toRead);
			}
			// An editor's write cancels a step; its folders still wait, and the next step reads them. A step that
			// failed otherwise (logged by Xtext) is not tried again: its folders wait for an edit there.
			if ((failure == null || failure instanceof CancellationException) && isWaiting()) {
				readNextFolders(background);
			} else {
				progress.end();
			}
		});
	}

	/** Runs a build as a step of the reading in every project: the files it was given are all built. */
	private <T> T asStep(Supplier<T> build) {
		Supplier<T> step = build;
		for (ProjectManager project : getProjectManagers()) {
			if (project instanceof FoldersInTurn folders) {
				Supplier<T> inner = step;
				step = () -> folders.asStep(inner);
			}
		}
		return step.get();
	}

	/** Whether some folder is not read yet. */
	public boolean isWaiting() {
		return waitingFiles() > 0;
	}

	private int waitingFiles() {
		return getProjectManagers().stream().mapToInt(project -> project instanceof FoldersInTurn folders ? folders.waitingFiles() : 0).sum();
	}

	private List<URI> nextFolders(int files) {
		List<URI> next = new ArrayList<>();
		for (ProjectManager project : getProjectManagers()) {
			if (project instanceof FoldersInTurn folders && next.size() < files) {
				next.addAll(folders.nextFolders(files - next.size()));
			}
		}
		return next;
	}
}
