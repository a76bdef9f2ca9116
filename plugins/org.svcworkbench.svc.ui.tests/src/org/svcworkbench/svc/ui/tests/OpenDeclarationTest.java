package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.svcworkbench.svc.ui.tests.Workbench.open;
import static org.svcworkbench.svc.ui.tests.Workbench.project;
import static org.svcworkbench.svc.ui.tests.Workbench.waitFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 4: F3 (Open Hyperlink) on a keyword used to open a modal "The operation is not
 * applicable to the current selection" dialog; now it leaves a note in the status line, and on a
 * name it still opens the declaration.
 */
class OpenDeclarationTest extends WorkbenchTest {

	private static final String LIBRARY = "channel counter \"Counter\"\n";
	private static final String CAFE = "service Cafe {\n\tplace {\n\t\tchannels counter\n\t}\n}\n";

	@Test
	void f3OnAKeywordOpensNoDialog() throws Exception {
		IProject project = project("f3-keyword", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		editor.selectAndReveal(2, 0); // in 'service'
		List<String> dialogs = new ArrayList<>();
		// A modal dialog would block the command until closed: look for it, and close it, from a timer.
		Display.getDefault().timerExec(1500, () -> {
			for (Shell shell : Display.getDefault().getShells()) {
				if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
					dialogs.add(shell.getText());
					Workbench.screenshot("f3-on-keyword-dialog");
					shell.close();
				}
			}
		});
		f3();
		Workbench.settle(Duration.ofMillis(2000));
		assertEquals(List.of(), dialogs);
		assertEquals(editor, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
	}

	@Test
	void f3OnANameOpensItsDeclaration() throws Exception {
		IProject project = project("f3-name", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		editor.selectAndReveal(CAFE.indexOf("counter") + 2, 0);
		IEditorPart opened = waitFor("the declaration's file", Duration.ofSeconds(30), () -> {
			f3();
			IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			return active != null && "library.svc".equals(active.getEditorInput().getName()) ? active : null;
		});
		assertEquals("library.svc", opened.getEditorInput().getName());
	}

	/** F3, as the key binding runs it. */
	private static void f3() {
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
		} catch (Exception e) {
			throw new AssertionError("F3 did not run: " + e, e);
		}
	}
}
