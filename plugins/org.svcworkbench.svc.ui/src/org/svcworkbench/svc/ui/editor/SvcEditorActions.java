package org.svcworkbench.svc.ui.editor;

import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.SvcUiPlugin;

/**
 * The .svc editor is Eclipse's Generic Editor, whose actions are not ours to configure; this puts
 * ours in place of the ones that get in a designer's way (F3, completion on every letter), in every
 * editor of a .svc file as it opens.
 */
public final class SvcEditorActions implements IStartup, IWindowListener, IPartListener2 {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			workbench.addWindowListener(this);
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				windowOpened(window);
			}
			StartupMarker.usable();
		});
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getPartService().addPartListener(this);
		for (IWorkbenchPage page : window.getPages()) {
			for (var reference : page.getEditorReferences()) {
				partOpened(reference);
			}
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof ITextEditor editor && isSvc(editor.getEditorInput())) {
			OpenDeclarationAction.install(editor);
			AssistSessions.install(editor);
		}
	}

	private static boolean isSvc(IEditorInput input) {
		if (!(input instanceof IFileEditorInput file)) {
			return false;
		}
		try {
			IContentType type = file.getFile().getContentDescription() == null ? null
					: file.getFile().getContentDescription().getContentType();
			return type != null ? SvcUiPlugin.CONTENT_TYPE.equals(type.getId()) : "svc".equals(file.getFile().getFileExtension());
		} catch (org.eclipse.core.runtime.CoreException e) {
			return "svc".equals(file.getFile().getFileExtension());
		}
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		window.getPartService().removePartListener(this);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
	}
}
