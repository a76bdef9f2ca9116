package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.ui.tests.Workbench.document;
import static org.svcworkbench.svc.ui.tests.Workbench.open;
import static org.svcworkbench.svc.ui.tests.Workbench.project;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.refactoring.SvcRenameRefactoring;
import org.svcworkbench.svc.ui.refactoring.SvcRenameWizard;

/** Rename a declared name everywhere it is used, through the Rename dialog and its preview. */
class SvcRenameTest extends WorkbenchTest {

	private static final String LIBRARY = "channel counter \"Counter\"\n";
	private static final String CAFE = "service Cafe {\n\tplace {\n\t\tchannels counter\n\t}\n}\n";
	private static final String KIOSK = "service Kiosk {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint pay {\n\t\t\t\tchannel counter\n\t\t\t}\n\t\t}\n\t}\n}\n";

	@Test
	void renameThroughTheDialogChangesEveryFileAfterAPreview() throws Exception {
		IProject project = project("rename", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE, "kiosk.svc", KIOSK));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		SvcDocument document = Workbench.waitFor("the editor's document in the server", Duration.ofSeconds(30),
				() -> SvcDocument.of(document(editor)));
		Workbench.waitFor("the model to be read", Duration.ofSeconds(30), () -> hasRenameTarget(document));

		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		// as a user: once the dialog is up, type the name, press Preview, look, press OK
		whenShown(display, "Rename", dialog -> {
			find(dialog, Text.class, t -> true).setText("柜台");
			Workbench.screenshot("rename-dialog");
			press(button(dialog, "Preview >"));
			display.timerExec(1500, () -> {
				seen.add(dialog.getText());
				Workbench.screenshot("rename-preview");
				press(button(dialog, "OK"));
			});
		}, 100);
		// should anything above fail, the dialog must not wait for a user forever
		display.timerExec(30_000, () -> {
			for (Shell open : display.getShells()) {
				if ("Rename".equals(open.getText())) {
					open.close();
				}
			}
		});
		SvcRenameRefactoring refactoring = new SvcRenameRefactoring(document, CAFE.indexOf("counter") + 2);
		int result = new RefactoringWizardOpenOperation(new SvcRenameWizard(refactoring)).run(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Rename");
		assertEquals(List.of("Rename"), seen, "the dialog showed its preview");
		assertEquals(org.eclipse.jface.window.Window.OK, result);

		assertEquals("channel 柜台 \"Counter\"\n", text(project.getFile("library.svc")));
		assertEquals(KIOSK.replace("counter", "柜台"), text(project.getFile("kiosk.svc")));
		assertEquals(CAFE.replace("counter", "柜台"), document(editor).get(), "the open editor shows the change");
		// as in Java refactorings, an editor without unsaved changes stays so: the rename is saved with it
		assertEquals(false, editor.isDirty());
		assertEquals(CAFE.replace("counter", "柜台"), text(project.getFile("cafe.svc")));
	}

	@Test
	void onlyDeclaredNamesCanBeRenamed() throws Exception {
		IProject project = project("rename-keyword", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		SvcDocument document = Workbench.waitFor("the editor's document in the server", Duration.ofSeconds(30),
				() -> SvcDocument.of(document(editor)));
		RefactoringStatus status = new SvcRenameRefactoring(document, CAFE.indexOf("place") + 1)
				.checkInitialConditions(new NullProgressMonitor());
		assertTrue(status.hasFatalError());
		assertEquals("Put the cursor on the name of something declared in a .svc file to rename it.",
				status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
	}

	private static boolean hasRenameTarget(SvcDocument document) {
		try {
			return !new SvcRenameRefactoring(document, CAFE.indexOf("counter") + 2).checkInitialConditions(new NullProgressMonitor())
					.hasFatalError();
		} catch (Exception e) {
			return false;
		}
	}

	private static String text(IFile file) throws Exception {
		return new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
	}

	/** Runs the action on the shell with this title once it is visible (polling, as no window manager tells). */
	static void whenShown(Display display, String title, java.util.function.Consumer<Shell> action, int triesLeft) {
		display.timerExec(200, () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					action.accept(shell);
					return;
				}
			}
			if (triesLeft > 0) {
				whenShown(display, title, action, triesLeft - 1);
			}
		});
	}

	/** The button with this label, whatever letter its mnemonic marks. */
	static Button button(Shell shell, String label) {
		return find(shell, Button.class, b -> b.getText().replace("&", "").equals(label));
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
		if (type.isInstance(root) && test.test(type.cast(root))) {
			return type.cast(root);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
