package org.svcworkbench.svc.ui.handlers;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.editor.Words;
import org.svcworkbench.svc.ui.search.SvcReferencesQuery;

/** Find References (Ctrl+Shift+G) on a name in the .svc editor: the references go to the Search view. */
public class FindReferencesHandler extends SvcEditorHandler {

	@Override
	void execute(ITextEditor editor, IDocument document) {
		SvcDocument svc = SvcDocument.of(document);
		if (svc == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		IRegion word = Words.at(document, selection.getOffset());
		String name;
		try {
			name = document.get(word.getOffset(), word.getLength());
		} catch (BadLocationException e) {
			return;
		}
		NewSearchUI.runQueryInBackground(new SvcReferencesQuery(svc, selection.getOffset(), name));
	}
}
