package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;

/**
 * Ctrl+1 on a problem: the language's quick fixes for the findings at the caret, as the language
 * server offers them (the same code actions any LSP editor shows).
 */
public class SvcQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ProblemAnnotation problem && problem.code() != null && !annotation.isMarkedDeleted();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		SvcDocument document = viewer == null ? null : SvcDocument.of(viewer.getDocument());
		if (document == null) {
			return new ICompletionProposal[0];
		}
		List<Diagnostic> diagnostics = diagnosticsAt(viewer.getAnnotationModel(), viewer.getDocument(), context.getOffset());
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (QuickFixes.Fix fix : QuickFixes.of(document, diagnostics)) {
			proposals.add(new QuickFixProposal(fix));
		}
		if (proposals.isEmpty() && !diagnostics.isEmpty()) {
			proposals.add(QuickFixProposal.none()); // a problem here, but nothing to offer: say so
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/**
	 * The findings whose range holds the offset (or touches it: the caret right after a word), each
	 * where its annotation is now: edits since the check have moved it.
	 */
	static List<Diagnostic> diagnosticsAt(IAnnotationModel model, IDocument document, int offset) {
		List<Diagnostic> result = new ArrayList<>();
		if (model == null) {
			return result;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotation problem && !problem.isMarkedDeleted()) {
				Position position = model.getPosition(problem);
				if (position != null && position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
					Diagnostic moved = new Diagnostic();
					moved.setRange(new Range(Offsets.position(document, position.getOffset()),
							Offsets.position(document, position.getOffset() + position.getLength())));
					moved.setMessage(problem.diagnostic().getMessage());
					moved.setSeverity(problem.diagnostic().getSeverity());
					moved.setCode(problem.diagnostic().getCode());
					moved.setData(problem.diagnostic().getData());
					result.add(moved);
				}
			}
		}
		return result;
	}
}
