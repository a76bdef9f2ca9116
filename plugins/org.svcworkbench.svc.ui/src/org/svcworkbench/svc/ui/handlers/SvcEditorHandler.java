package org.svcworkbench.svc.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.editor.Editors;

/** A command on the .svc editor that has the focus (plugin.xml enables it only there). */
abstract class SvcEditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor && editor.isEditable()) {
			IDocument document = Editors.document(editor);
			if (document != null) {
				execute(editor, document);
			}
		}
		return null;
	}

	abstract void execute(ITextEditor editor, IDocument document) throws ExecutionException;
}
