package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** LSP positions in any document, clamped to its text. */
final class Offsets {

	private Offsets() {
	}

	static int of(IDocument document, Position position) {
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

	static int[] of(IDocument document, Range range) {
		int start = of(document, range.getStart());
		return new int[] { start, Math.max(start, of(document, range.getEnd())) };
	}
}
