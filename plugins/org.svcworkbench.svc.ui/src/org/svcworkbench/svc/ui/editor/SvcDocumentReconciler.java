package org.svcworkbench.svc.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * A reconciler of a .svc editor that works with the document's copy in the language server: the
 * document is connected when the editor shows it and released with the editor, and
 * {@link Work#reconciled} runs, off the UI thread, after each keystroke pause of {@link #DELAY_MS}
 * (and once at the start) with the current text sent first.
 */
abstract class SvcDocumentReconciler extends MonoReconciler {

	/** The pause after the last keystroke before the server is asked again. */
	static final int DELAY_MS = 300;

	/** What a reconciler does with the connected document. */
	interface Work {
		/** The editor shows the document (connected to the server). */
		default void opened(ITextViewer viewer, SvcDocument document) {
		}

		/** After a keystroke pause; the server has the current text. */
		void reconciled(ITextViewer viewer, SvcDocument document);

		/** The editor no longer shows the document; it is released after this. */
		default void closed(ITextViewer viewer) {
		}
	}

	private final Strategy strategy;

	SvcDocumentReconciler(Work work) {
		this(new Strategy(work));
	}

	private SvcDocumentReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer viewer) {
		strategy.viewer = viewer;
		super.install(viewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.release();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private final Work work;
		private ITextViewer viewer;
		private SvcDocument document;

		Strategy(Work work) {
			this.work = work;
		}

		@Override
		public void setDocument(IDocument newDocument) {
			release();
			document = newDocument == null ? null : SvcDocument.connect(newDocument);
			if (document != null) {
				work.opened(viewer, document);
			}
		}

		synchronized void release() {
			if (document != null) {
				work.closed(viewer);
				document.disconnect();
				document = null;
			}
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile(subRegion);
		}

		@Override
		public void reconcile(IRegion partition) {
			SvcDocument current = document;
			if (current != null) {
				current.sync();
				work.reconciled(viewer, current);
			}
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		@Override
		public void initialReconcile() {
			reconcile((IRegion) null);
		}
	}
}
