package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Folding of blocks and long comments, as the language server's folding ranges give them (in
 * place of the Generic Editor's indentation folding). Blocks keep their folded state while the
 * text around them changes.
 */
public class SvcFoldingReconciler extends SvcDocumentReconciler {

	public SvcFoldingReconciler() {
		super(new Folds());
	}

	private static final class Folds implements Work {

		@Override
		public void reconciled(ITextViewer viewer, SvcDocument document) {
			if (!(viewer instanceof ProjectionViewer projection)) {
				return;
			}
			List<FoldingRange> ranges = SvcLanguageServer.await(SvcLanguageServer.get().server()
					.foldingRange(new FoldingRangeRequestParams(document.identifier())));
			if (ranges == null || viewer.getTextWidget() == null) {
				return;
			}
			List<Position> positions = positions(document.document(), ranges);
			viewer.getTextWidget().getDisplay().asyncExec(() -> show(projection, positions));
		}

		/** Whole lines from the first line of each range to its last. */
		private static List<Position> positions(IDocument text, List<FoldingRange> ranges) {
			List<Position> positions = new ArrayList<>();
			for (FoldingRange range : ranges) {
				try {
					if (range.getEndLine() <= range.getStartLine() || range.getEndLine() >= text.getNumberOfLines()) {
						continue;
					}
					int start = text.getLineOffset(range.getStartLine());
					int end = text.getLineOffset(range.getEndLine()) + text.getLineLength(range.getEndLine());
					positions.add(new Position(start, end - start));
				} catch (BadLocationException e) {
					// the text changed meanwhile: the next round gets it right
				}
			}
			return positions;
		}

		private static void show(ProjectionViewer viewer, List<Position> positions) {
			ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
			if (model == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
				return;
			}
			Map<Position, ProjectionAnnotation> kept = new HashMap<>();
			List<Annotation> removed = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof ProjectionAnnotation annotation) {
					Position at = model.getPosition(annotation);
					if (at != null && positions.contains(at) && !kept.containsKey(at)) {
						kept.put(at, annotation);
					} else {
						removed.add(annotation);
					}
				}
			}
			Map<ProjectionAnnotation, Position> added = new HashMap<>();
			for (Position position : positions) {
				if (!kept.containsKey(position)) {
					added.put(new ProjectionAnnotation(), position);
				}
			}
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}
	}
}
