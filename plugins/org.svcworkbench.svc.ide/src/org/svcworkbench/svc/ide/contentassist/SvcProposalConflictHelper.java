package org.svcworkbench.svc.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AntlrProposalConflictHelper;

/**
 * Xtext's conflict check between a proposal and the text before it, safe for the language
 * server's concurrent completion requests: the check re-uses three lexers held in fields, and the
 * proposal provider that owns it serves every request, so two completions at once fed each other's
 * text to the same lexer (a burst of requests failed with NullPointerExceptions inside ANTLR).
 */
public class SvcProposalConflictHelper extends AntlrProposalConflictHelper {

	@Override
	public synchronized boolean existsConflict(String lastCompleteText, String proposal, ContentAssistContext context) {
		return super.existsConflict(lastCompleteText, proposal, context);
	}
}
