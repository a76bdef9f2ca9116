package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.lsp4j.TextEdit;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/** Applies the server's text edits to a document as one change (one undo step). */
public final class TextEdits {

	private TextEdits() {
	}

	public static void apply(IDocument document, List<? extends TextEdit> edits) {
		if (edits.isEmpty()) {
			return; // no rewrite session, no change event
		}
		// offsets first, all against the text the edits were made for; then back to front
		List<int[]> ranges = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (TextEdit edit : edits) {
			ranges.add(Offsets.of(document, edit.getRange()));
			texts.add(edit.getNewText());
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> ranges.get(i)[0]).reversed());
		DocumentRewriteSession session = document instanceof IDocumentExtension4 d
				? d.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED) : null;
		try {
			for (int i : order) {
				int[] range = ranges.get(i);
				document.replace(range[0], range[1] - range[0], texts.get(i));
			}
		} catch (BadLocationException e) {
			SvcUiLog.error("An edit of the SVC language server did not fit the text", e);
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
