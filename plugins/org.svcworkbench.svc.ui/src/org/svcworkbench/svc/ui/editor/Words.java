package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The name around an offset: letters of any script, digits and '_', as the language's IDs. */
public final class Words {

	private Words() {
	}

	public static IRegion at(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isNamePart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isNamePart(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}

	public static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '^';
	}
}
