package org.svcworkbench.svc.ui.tests;

import java.time.Duration;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/**
 * A second source of proposals for .svc files, as another plug-in may contribute, that offers
 * nothing and, while a test asks it to, answers late: what a language server busy with a build
 * looks like to the editor. Its answer holds up the whole popup, which then shows "Computing".
 */
public final class LateProposals implements IContentAssistProcessor {

	private static volatile Duration delay = Duration.ZERO;

	/** From now on every answer comes this late; Duration.ZERO for at once. */
	static void answerAfter(Duration time) {
		delay = time;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		try {
			Thread.sleep(delay.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return new ICompletionProposal[0];
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
