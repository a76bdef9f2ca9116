package org.svcworkbench.svc.validation;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.svc.Model;

/**
 * Texts that lost their characters: an editor that reads a file saved as GBK as if it were UTF-8
 * shows '\uFFFD' (U+FFFD) for each byte it cannot read, and saving it writes that mark. In a name
 * it is a syntax error already; in a label or description it parses, and the reports would print
 * it. One warning per file, at the first, counting the texts: one mistake, one message.
 */
public class TextsValidator extends SvcChecks {

	private static final char REPLACEMENT = '\uFFFD';

	@Check
	public void checkReplacementCharacters(Model model) {
		ICompositeNode root = NodeModelUtils.getNode(model);
		if (root == null || root.getText().indexOf(REPLACEMENT) < 0) {
			return;
		}
		ILeafNode first = null;
		int texts = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().indexOf(REPLACEMENT) >= 0) { // comments are not shown anywhere
				first = first == null ? leaf : first;
				texts++;
			}
		}
		if (first != null) {
			getMessageAcceptor().acceptWarning(texts == 1 ? say("text.replacement-character") : say("text.replacement-character.many", texts), model,
					first.getOffset() + first.getText().indexOf(REPLACEMENT), 1, IssueCodes.TEXT_REPLACEMENT_CHARACTER);
		}
	}
}
