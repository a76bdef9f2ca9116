package org.svcworkbench.svc.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Keeps the language server's copy of an open .svc document current: opened with the editor, sent
 * after each keystroke pause of {@link #DELAY_MS}, closed with the editor. The server then publishes
 * its findings, which {@link ProblemAnnotator} shows.
 */
public class SvcReconciler extends MonoReconciler {

	public static final int DELAY_MS = 300;

	private final Strategy strategy;

	public SvcReconciler() {
		this(new Strategy());
	}

	private SvcReconciler(Strategy strategy) {
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

		private ITextViewer viewer;
		private SvcDocument document;
		private ProblemAnnotator annotator;
		private SemanticColouring colouring;

		@Override
		public void setDocument(IDocument newDocument) {
			release();
			document = newDocument == null ? null : SvcDocument.connect(newDocument);
			if (document != null && viewer instanceof ISourceViewer sourceViewer) {
				annotator = new ProblemAnnotator(sourceViewer, document);
				SvcDocument connected = document;
				// presentation listeners belong to the UI thread
				viewer.getTextWidget().getDisplay().syncExec(() -> colouring = new SemanticColouring(viewer, connected));
			}
		}

		synchronized void release() {
			if (annotator != null) {
				annotator.dispose();
				annotator = null;
			}
			if (colouring != null) {
				SemanticColouring done = colouring;
				colouring = null;
				if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
					viewer.getTextWidget().getDisplay().syncExec(done::dispose);
				} else {
					done.dispose();
				}
			}
			if (document != null) {
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
