package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * F3 in a .svc editor: opens the declaration of the name at the caret; elsewhere (a keyword, a
 * label, white space) it says so in the status line. The Generic Editor's own action answers a
 * caret on no name with a modal "The operation is not applicable" dialog, which a designer must
 * click away every time.
 */
final class OpenDeclarationAction extends Action {

	static final String NOTHING_HERE = "F3 opens the declaration of a name; there is none at the caret.";

	private final ITextEditor editor;

	private OpenDeclarationAction(ITextEditor editor) {
		super("Open Declaration");
		this.editor = editor;
		setActionDefinitionId(ITextEditorActionDefinitionIds.OPEN_HYPERLINK);
		setId(ITextEditorActionConstants.OPEN_HYPERLINK);
	}

	/** Puts the action in the editor's place for F3 (and Navigate → Open Hyperlink). */
	static void install(ITextEditor editor) {
		if (!(editor.getAction(ITextEditorActionConstants.OPEN_HYPERLINK) instanceof OpenDeclarationAction)) {
			editor.setAction(ITextEditorActionConstants.OPEN_HYPERLINK, new OpenDeclarationAction(editor));
		}
	}

	@Override
	public void run() {
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		if (viewer == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		IHyperlink[] links = new SvcHyperlinkDetector().detectHyperlinks(viewer, new Region(selection.getOffset(), 0), false);
		if (links != null && links.length > 0) {
			links[0].open();
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NOTHING_HERE);
		}
	}
}
