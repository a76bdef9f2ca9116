package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Typing an opening bracket or quote inserts its closing partner after the caret ({ ( " 「 “);
 * typing the closing one just before an identical one steps over it. Quotes close only where no
 * name or number goes on right after the caret. Return indents the new line one tab deeper for
 * each block opened on the line before (and, between '{' and '}', puts the '}' on a line of its
 * own); a '}' typed at the start of a line lines up with its block's first line.
 */
public class SvcAutoEditStrategy implements IAutoEditStrategy {

	private static final String OPENING = "{(\"「“";
	private static final String CLOSING = "})\"」”";

	private static final String INDENT = "\t";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.text == null || command.length != 0) {
			return;
		}
		try {
			if (TextUtilities.equals(document.getLegalLineDelimiters(), command.text) >= 0) {
				indentNewLine(document, command);
			} else if (command.text.length() == 1) {
				pair(document, command);
			}
		} catch (BadLocationException e) {
			// leave the keystroke as typed
		}
	}

	private static void indentNewLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
		String indent = leadingWhitespace(before);
		long opened = OpenBlocks.before(document.get(), command.offset).stream().filter(brace -> brace >= line.getOffset()).count();
		String inner = opened > 0 ? indent + INDENT : indent;
		String delimiter = command.text;
		if (opened > 0 && after.strip().startsWith("}")) {
			// Return between '{' and '}': an empty indented line, and the '}' under the block's first line
			int blanks = after.length() - after.stripLeading().length();
			command.length = blanks;
			command.text = delimiter + inner + delimiter + indent;
			command.caretOffset = command.offset + delimiter.length() + inner.length();
			command.shiftsCaret = false;
			return;
		}
		command.text = delimiter + inner;
	}

	/** A '}' typed where only blanks precede it on its line goes under the first line of its block. */
	private static boolean lineUpClosingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank()) {
			return false;
		}
		var open = OpenBlocks.before(document.get(), command.offset);
		if (open.isEmpty()) {
			return false;
		}
		IRegion opener = document.getLineInformationOfOffset(open.getLast());
		String indent = leadingWhitespace(document.get(opener.getOffset(), opener.getLength()));
		command.offset = line.getOffset();
		command.length = before.length();
		command.text = indent + "}";
		return true;
	}

	private static String leadingWhitespace(String text) {
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}

	private static void pair(IDocument document, DocumentCommand command) throws BadLocationException {
		char typed = command.text.charAt(0);
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
		if (CLOSING.indexOf(typed) >= 0 && next == typed && (typed != '"' || insideQuotes(document, command.offset))) {
			// step over the closing partner inserted earlier
			command.text = "";
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
			return;
		}
		if (typed == '}' && lineUpClosingBrace(document, command)) {
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
	}

	/** An odd number of '"' before the offset on its line: the caret is inside a string. */
	private static boolean insideQuotes(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		String before = document.get(document.getLineOffset(line), offset - document.getLineOffset(line));
		return before.chars().filter(c -> c == '"').count() % 2 == 1;
	}
}
