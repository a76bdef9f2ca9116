package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** LSP positions in any document, clamped to its text. */
public final class Offsets {

	private Offsets() {
	}

	public static int of(IDocument document, Position position) {
		try {
			if (position.getLine() >= document.getNumberOfLines()) {
				return document.getLength();
			}
			return document.getLineOffset(position.getLine())
					+ Math.min(position.getCharacter(), document.getLineLength(position.getLine()));
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static int[] of(IDocument document, Range range) {
		int start = of(document, range.getStart());
		return new int[] { start, Math.max(start, of(document, range.getEnd())) };
	}

	/** The LSP position of an offset, clamped to the document. */
	public static Position position(IDocument document, int offset) {
		int at = Math.max(0, Math.min(offset, document.getLength()));
		try {
			int line = document.getLineOfOffset(at);
			return new Position(line, at - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}
}
