package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Content assist from the language server: keywords, names declared in any file of the folder,
 * and the language's templates (snippets), in the server's order.
 */
public class SvcContentAssistProcessor implements IContentAssistProcessor {

	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		SvcDocument document = SvcDocument.of(viewer.getDocument());
		if (document == null) {
			return new ICompletionProposal[0];
		}
		document.sync();
		Either<List<CompletionItem>, CompletionList> answer;
		try {
			answer = SvcLanguageServer.await(SvcLanguageServer.get().server()
					.completion(new CompletionParams(document.identifier(), document.position(offset))));
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		if (answer == null) {
			error = "The SVC language server did not answer in time.";
			return new ICompletionProposal[0];
		}
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		List<ICompletionProposal> proposals = new ArrayList<>(items.size());
		for (CompletionItem item : items) {
			proposals.add(SvcCompletionProposal.of(item, document, offset));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
