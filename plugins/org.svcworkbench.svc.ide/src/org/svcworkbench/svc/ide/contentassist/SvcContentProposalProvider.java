package org.svcworkbench.svc.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/** Content assist: Xtext's keyword and name proposals, plus the templates (SvcTemplates) where their keyword fits. */
public class SvcContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		for (SvcTemplates.Template template : SvcTemplates.ALL) {
			if (template.keyword().equals(keyword.getValue()) && template.keyword().startsWith(context.getPrefix())) {
				ContentAssistEntry entry = getProposalCreator().createProposal(template.snippet(), context, ContentAssistEntry.KIND_SNIPPET,
						null);
				if (entry != null) {
					entry.setLabel(template.keyword() + " - " + template.name());
					entry.setDescription(template.description());
					// templates after the keyword itself
					acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) - 1);
				}
			}
		}
	}
}
