package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;
import org.svcworkbench.svc.words.Findings;

/** A quick fix in Eclipse's Ctrl+1 list; one without edits is the line that says there is none. */
final class QuickFixProposal implements ICompletionProposal {

	private final QuickFixes.Fix fix;

	QuickFixProposal(QuickFixes.Fix fix) {
		this.fix = fix;
	}

	@Override
	public void apply(IDocument document) {
		fix.apply(document);
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	/** The line of Ctrl+1 on a problem with no fix, as JDT says "No suggestions available": choosing it changes nothing. */
	static QuickFixProposal none() {
		String none = SvcLanguage.injector().getInstance(Findings.class).text("fix.none"); // in the findings' language
		return new QuickFixProposal(new QuickFixes.Fix(none, java.util.List.of()));
	}

	@Override
	public Image getImage() {
		if (fix.edits().isEmpty()) {
			return null;
		}
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
