package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.help.LanguageReference;

/** Help > SVC Language Reference: in the Help menu, and the reference as a page. */
class HelpTest extends WorkbenchTest {

	@Test
	void theHelpMenuLeadsToTheLanguageReference() throws Exception {
		List<String> help = helpMenu();
		assertTrue(help.contains("SVC Language Reference"), "the Help menu: " + help);

		Path folder = Files.createTempDirectory("reference");
		Path page = LanguageReference.write(folder);
		String html = Files.readString(page, StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">"), "a whole page");
		assertTrue(html.contains("<h1>The <code>.svc</code> language reference</h1>"), "its title");
		assertTrue(html.contains("<h3>D14 — service blueprint</h3>") && html.contains("<h2>Diagnostics</h2>"),
				"the domain's sections and the findings");
		assertTrue(html.contains("<table>") && html.contains("<th>"), "its tables as tables");
		assertTrue(html.contains("迎接客户"), "Chinese names as written");
	}

	private static List<String> helpMenu() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		List<String> labels = new ArrayList<>();
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("Help") && item.getMenu() != null) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event()); // the workbench fills a menu as it opens
				for (MenuItem entry : menu.getItems()) {
					labels.add(entry.getText().replace("&", ""));
				}
				menu.notifyListeners(SWT.Hide, new Event());
			}
		}
		return labels;
	}
}
