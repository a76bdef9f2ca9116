package org.svcworkbench.svc.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** What a user sees of the content assist popup: the proposals listed and the one selected. */
final class Popups {

	private Popups() {
	}

	/** The proposals of the visible completion popup, top to bottom; empty when none is showing. */
	static List<String> proposals() {
		Table table = table();
		List<String> shown = new ArrayList<>();
		if (table != null) {
			for (TableItem item : table.getItems()) {
				shown.add(item.getText());
			}
		}
		return shown;
	}

	/** The selected proposal of the visible popup, or "" when none is showing. */
	static String selected() {
		Table table = table();
		return table == null || table.getSelectionCount() == 0 ? "" : table.getSelection()[0].getText();
	}

	private static Table table() {
		for (Shell shell : Display.getCurrent().getShells()) {
			Table table = find(shell);
			if (table != null) {
				return table;
			}
		}
		return null;
	}

	private static Table find(Shell shell) {
		if (shell.isDisposed() || !shell.isVisible()) {
			return null;
		}
		// a completion popup is a shell on top of the window whose first child is the proposal table
		if (shell.getParent() != null && shell.getChildren().length > 0 && shell.getChildren()[0] instanceof Table table) {
			return table;
		}
		for (Shell child : shell.getShells()) {
			Table table = find(child);
			if (table != null) {
				return table;
			}
		}
		for (Control control : shell.getChildren()) {
			if (control instanceof Shell child) {
				Table table = find(child);
				if (table != null) {
					return table;
				}
			}
		}
		return null;
	}
}
