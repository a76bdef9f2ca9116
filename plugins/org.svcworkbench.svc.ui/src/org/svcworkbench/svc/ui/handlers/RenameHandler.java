package org.svcworkbench.svc.ui.handlers;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.refactoring.SvcRenameRefactoring;
import org.svcworkbench.svc.ui.refactoring.SvcRenameWizard;

/** Refactor > Rename (Alt+Shift+R) on a name in the .svc editor. */
public class RenameHandler extends SvcEditorHandler {

	@Override
	void execute(ITextEditor editor, IDocument document) {
		SvcDocument svc = SvcDocument.of(document);
		if (svc == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		SvcRenameRefactoring refactoring = new SvcRenameRefactoring(svc, selection.getOffset());
		try {
			new RefactoringWizardOpenOperation(new SvcRenameWizard(refactoring)).run(editor.getSite().getShell(), "Rename");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
