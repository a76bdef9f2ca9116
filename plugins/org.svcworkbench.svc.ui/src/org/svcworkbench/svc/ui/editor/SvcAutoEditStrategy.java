package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;

/**
 * Typing an opening bracket or quote inserts its closing partner after the caret ({ ( " 「 “);
 * typing the closing one just before an identical one steps over it. Quotes close only where no
 * name or number goes on right after the caret.
 */
public class SvcAutoEditStrategy implements IAutoEditStrategy {

	private static final String OPENING = "{(\"「“";
	private static final String CLOSING = "})\"」”";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.text == null || command.text.length() != 1 || command.length != 0) {
			return;
		}
		char typed = command.text.charAt(0);
		try {
			char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
			if (CLOSING.indexOf(typed) >= 0 && next == typed && (typed != '"' || insideQuotes(document, command.offset))) {
				// step over the closing partner inserted earlier
				command.text = "";
				command.caretOffset = command.offset + 1;
				command.shiftsCaret = false;
				return;
			}
			int index = OPENING.indexOf(typed);
			if (index < 0 || Words.isNamePart(next)) {
				return;
			}
			if (typed == '"' && insideQuotes(document, command.offset)) {
				return;
			}
			command.text = typed + String.valueOf(CLOSING.charAt(index));
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		} catch (BadLocationException e) {
			// leave the keystroke as typed
		}
	}

	/** An odd number of '"' before the offset on its line: the caret is inside a string. */
	private static boolean insideQuotes(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		String before = document.get(document.getLineOffset(line), offset - document.getLineOffset(line));
		return before.chars().filter(c -> c == '"').count() % 2 == 1;
	}
}
