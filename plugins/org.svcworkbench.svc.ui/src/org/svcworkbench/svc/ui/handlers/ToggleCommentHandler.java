package org.svcworkbench.svc.ui.handlers;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * Source > Toggle Comment (Ctrl+/): if every non-blank selected line is a // comment, uncomment
 * them; otherwise put "// " at the start of each. One undo step; the lines stay selected.
 */
public class ToggleCommentHandler extends SvcEditorHandler {

	private static final String PREFIX = "// ";

	@Override
	void execute(ITextEditor editor, IDocument document) {
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		try {
			int first = selection.getStartLine();
			int last = selection.getEndLine();
			// a selection ending at the start of a line does not take that line in
			if (last > first && selection.getOffset() + selection.getLength() == document.getLineOffset(last)) {
				last--;
			}
			boolean allCommented = true;
			for (int line = first; line <= last; line++) {
				String text = line(document, line);
				if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
					allCommented = false;
				}
			}
			StringBuilder replacement = new StringBuilder();
			int start = document.getLineOffset(first);
			int end = document.getLineOffset(last) + document.getLineLength(last);
			for (int line = first; line <= last; line++) {
				String text = line(document, line);
				String delimiter = document.getLineDelimiter(line);
				if (allCommented) {
					int at = text.indexOf("//");
					if (at >= 0) {
						int cut = text.startsWith(PREFIX, at) ? PREFIX.length() : 2;
						text = text.substring(0, at) + text.substring(at + cut);
					}
				} else if (!text.isBlank() || first == last) {
					text = PREFIX + text;
				}
				replacement.append(text).append(delimiter == null ? "" : delimiter);
			}
			document.replace(start, end - start, replacement.toString());
			int newEnd = start + replacement.length();
			String lastDelimiter = document.getLineDelimiter(document.getLineOfOffset(Math.max(start, newEnd - 1)));
			editor.getSelectionProvider().setSelection(new TextSelection(start,
					newEnd - start - (lastDelimiter == null ? 0 : lastDelimiter.length())));
		} catch (BadLocationException e) {
			SvcUiLog.error("Toggle Comment failed", e);
		}
	}

	private static String line(IDocument document, int line) throws BadLocationException {
		String delimiter = document.getLineDelimiter(line);
		return document.get(document.getLineOffset(line), document.getLineLength(line) - (delimiter == null ? 0 : delimiter.length()));
	}
}
