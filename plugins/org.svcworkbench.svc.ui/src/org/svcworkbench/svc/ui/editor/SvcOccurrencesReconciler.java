package org.svcworkbench.svc.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.swt.widgets.Display;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Marks the occurrences of the element under the caret: its declaration and every name that refers
 * to it, as the language server finds them (by meaning: the word "counter" elsewhere, naming
 * another element or in a description, is not marked). Replaces the Generic Editor's marking of
 * every equal word.
 */
public class SvcOccurrencesReconciler extends Reconciler {

	/** The Generic Editor's occurrence annotation, so the colour and the preference are the usual ones. */
	static final String OCCURRENCE = "org.eclipse.ui.genericeditor.text";
	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";
	private static final String MARK_OCCURRENCES = "org.eclipse.ui.genericeditor.togglehighlight";

	private ISourceViewer viewer;
	private Annotation[] marked = new Annotation[0];
	private int request;
	private final ISelectionChangedListener caretMoved = event -> {
		if (event.getSelection() instanceof ITextSelection selection) {
			mark(selection.getOffset());
		}
	};

	public SvcOccurrencesReconciler() {
		// the marks follow the caret, not the text's changes
		setReconcilingStrategy(new IReconcilingStrategy() {
			@Override
			public void setDocument(IDocument document) {
			}

			@Override
			public void reconcile(DirtyRegion dirtyRegion, org.eclipse.jface.text.IRegion subRegion) {
			}

			@Override
			public void reconcile(org.eclipse.jface.text.IRegion partition) {
			}
		}, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		if (textViewer instanceof ISourceViewer source && source.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			viewer = source;
			provider.addPostSelectionChangedListener(caretMoved);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretMoved);
		}
		viewer = null;
		super.uninstall();
	}

	private void mark(int offset) {
		SvcDocument document = SvcDocument.of(viewer.getDocument());
		if (document == null) {
			return;
		}
		if (!InstanceScope.INSTANCE.getNode(GENERIC_EDITOR).getBoolean(MARK_OCCURRENCES, true)) {
			// the toolbar's "Toggle Mark Occurrences" is off
			show(document, List.of());
			return;
		}
		int asked = ++request;
		document.sync();
		DocumentHighlightParams params;
		try {
			params = new DocumentHighlightParams(document.identifier(), document.position(offset));
		} catch (BadLocationException e) {
			return;
		}
		Display display = viewer.getTextWidget().getDisplay();
		SvcLanguageServer.get().server().documentHighlight(params).thenAccept(highlights -> display.asyncExec(() -> {
			// only the answer to the latest caret position counts
			if (asked == request && viewer != null) {
				show(document, highlights == null ? List.of() : highlights);
			}
		}));
	}

	private void show(SvcDocument document, List<? extends DocumentHighlight> highlights) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		if (highlights.size() > 1) {
			for (DocumentHighlight highlight : highlights) {
				int[] range = document.offsets(highlight.getRange());
				String name;
				try {
					name = viewer.getDocument().get(range[0], range[1] - range[0]);
				} catch (BadLocationException e) {
					continue; // the text changed under the answer
				}
				added.put(new Annotation(OCCURRENCE, false, "Occurrence of '" + name + "'"), new Position(range[0], range[1] - range[0]));
			}
		}
		extension.replaceAnnotations(marked, added);
		marked = added.keySet().toArray(Annotation[]::new);
	}
}
