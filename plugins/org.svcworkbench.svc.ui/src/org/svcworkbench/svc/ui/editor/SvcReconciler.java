package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Keeps the language server's copy of an open .svc document current: opened with the editor, sent
 * after each keystroke pause, closed with the editor. The server then checks it; its findings are
 * shown by {@link ProblemAnnotator}, its semantic tokens by {@link SemanticColouring}.
 */
public class SvcReconciler extends SvcDocumentReconciler {

	public SvcReconciler() {
		super(new Feedback());
	}

	private static final class Feedback implements Work {

		private ProblemAnnotator annotator;
		private SemanticColouring colouring;

		@Override
		public void opened(ITextViewer viewer, SvcDocument document) {
			if (viewer instanceof ISourceViewer sourceViewer) {
				annotator = new ProblemAnnotator(sourceViewer, document);
				// presentation listeners belong to the UI thread
				viewer.getTextWidget().getDisplay().syncExec(() -> colouring = new SemanticColouring(viewer, document));
			}
		}

		@Override
		public void reconciled(ITextViewer viewer, SvcDocument document) {
			// sending the text is all: the server publishes what follows
		}

		@Override
		public void closed(ITextViewer viewer) {
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
		}
	}
}
