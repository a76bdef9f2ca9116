package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Shows the server's findings on the text in an editor as error/warning annotations (squiggles,
 * ruler icons, hover text), replacing the previous set each time the server publishes.
 */
final class ProblemAnnotator implements BiConsumer<String, List<Diagnostic>> {

	private final ISourceViewer viewer;
	private final SvcDocument document;
	private List<Annotation> shown = List.of();

	ProblemAnnotator(ISourceViewer viewer, SvcDocument document) {
		this.viewer = viewer;
		this.document = document;
		SvcLanguageServer.get().diagnostics().addListener(this);
		accept(document.uri(), SvcLanguageServer.get().diagnostics().of(document.uri()));
	}

	void dispose() {
		SvcLanguageServer.get().diagnostics().removeListener(this);
		replace(Map.of());
	}

	@Override
	public void accept(String uri, List<Diagnostic> diagnostics) {
		if (!uri.equals(document.uri())) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			int[] range = document.offsets(diagnostic.getRange());
			added.put(new ProblemAnnotation(diagnostic), new Position(range[0], range[1] - range[0]));
		}
		replace(added);
	}

	private synchronized void replace(Map<Annotation, Position> added) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
		} else {
			shown.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		shown = new ArrayList<>(added.keySet());
	}

	/** The annotations of this kind in a viewer's model (for quick fixes and tests). */
	static List<ProblemAnnotation> in(IAnnotationModel model) {
		List<ProblemAnnotation> result = new ArrayList<>();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof ProblemAnnotation problem) {
					result.add(problem);
				}
			}
		}
		return result;
	}
}
