package org.svcworkbench.svc.ui.handlers;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.editor.TextEdits;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/** Source > Format (Ctrl+Shift+F): the language's formatter, as svc format applies it; one undo step. */
public class FormatHandler extends SvcEditorHandler {

	@Override
	void execute(ITextEditor editor, IDocument document) {
		SvcDocument svc = SvcDocument.of(document);
		if (svc == null) {
			return;
		}
		svc.sync();
		List<? extends TextEdit> edits = SvcLanguageServer.await(SvcLanguageServer.get().server()
				.formatting(new DocumentFormattingParams(svc.identifier(), new FormattingOptions(2, false))));
		if (edits != null && !edits.isEmpty()) {
			TextEdits.apply(document, edits);
		}
	}
}
