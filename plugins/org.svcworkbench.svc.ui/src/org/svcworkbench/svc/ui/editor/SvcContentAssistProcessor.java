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
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Content assist from the language server: keywords, names declared in any file of the folder,
 * and the language's templates (snippets), in the server's order. Asked for (Ctrl+Space), it offers
 * everything that fits; started by typing, only names, and only after a '.' or a space (so after
 * "owner " the roles come up by themselves, and nothing while a word is typed).
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
		boolean automatic = AssistSessions.automatic(viewer);
		if (automatic && !afterNameTrigger(viewer, offset)) {
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
		TemplateProposals templates = automatic ? null : TemplateProposals.at(viewer, offset, items);
		for (CompletionItem item : items) {
			if (automatic && item.getKind() != CompletionItemKind.Reference) {
				continue;
			}
			if (item.getKind() == CompletionItemKind.Snippet) {
				continue; // the editor's templates (Window > Preferences > SVC > Templates) stand for the server's
			}
			proposals.add(SvcCompletionProposal.of(item, document, offset));
			if (templates != null && item.getKind() == CompletionItemKind.Keyword) {
				proposals.addAll(templates.startingWith(item.getLabel()));
			}
		}
		if (templates != null) {
			proposals.addAll(templates.remaining());
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static boolean afterNameTrigger(ITextViewer viewer, int offset) {
		try {
			return offset > 0 && isNameTrigger(viewer.getDocument().getChar(offset - 1));
		} catch (BadLocationException e) {
			return false;
		}
	}

	private static boolean isNameTrigger(char c) {
		return c == '.' || c == ' ';
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.', ' ' };
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
