package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * The one line of Ctrl+1 on a problem that has no quick fix, as JDT says "No suggestions available":
 * an empty list reads as if the key did nothing. Choosing it changes nothing.
 */
final class NoQuickFixProposal implements ICompletionProposal {

	static final String LABEL = "No quick fixes for this problem";

	@Override
	public void apply(IDocument document) {
		// nothing to do
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
		return LABEL;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
