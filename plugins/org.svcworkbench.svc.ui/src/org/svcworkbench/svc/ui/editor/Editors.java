package org.svcworkbench.svc.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/** Opening a file of the workspace at a range the server named (navigation, references, outline). */
public final class Editors {

	private Editors() {
	}

	/** Opens the file the URI names in its editor and selects the range; false if it is not in the workspace. */
	public static boolean open(String uri, Range range) {
		IResource resource = SvcLanguageServer.resource(uri);
		if (!(resource instanceof IFile file)) {
			return false;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart part = IDE.openEditor(page, file);
			if (part instanceof ITextEditor editor) {
				select(editor, range);
			}
			return true;
		} catch (PartInitException e) {
			SvcUiLog.error("Could not open " + file.getFullPath(), e);
			return false;
		}
	}

	public static void select(ITextEditor editor, Range range) {
		IDocument document = document(editor);
		if (document == null) {
			return;
		}
		int[] offsets = Offsets.of(document, range);
		editor.selectAndReveal(offsets[0], offsets[1] - offsets[0]);
	}

	public static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
