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
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.ui.help.LanguageReference;

/** Help > SVC Language Reference: in the Help menu, and the reference as a page. */
class HelpTest extends WorkbenchTest {

	@Test
	void theHelpMenuLeadsToTheLanguageReference(@TempDir Path folder) throws Exception {
		List<String> help = helpMenu();
		assertTrue(help.contains("SVC Language Reference"), "the Help menu: " + help);

		Path page = LanguageReference.write(folder);
		String html = Files.readString(page, StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">"), "a whole page");
		assertTrue(html.contains("<h1>The <code>.svc</code> language reference</h1>"), "its title");
		assertTrue(html.contains("<h3>D14 — service blueprint</h3>") && html.contains("<h2>Diagnostics</h2>"),
				"the domain's sections and the findings");
		assertTrue(html.contains("<table>") && html.contains("<th>"), "its tables as tables");
		assertTrue(html.contains("迎接客户"), "Chinese names as written");
	}

	@Test
	void helpContentsHoldsTheReferenceAndTheTermsServedByTheHelpSystem() throws Exception {
		assertTrue(helpMenu().contains("Help Contents"), "the Help menu has Help Contents: " + helpMenu());
		var toc = java.util.Arrays.stream(org.eclipse.help.HelpSystem.getTocs()).filter(t -> t.getLabel().equals("SVC Workbench")).findFirst();
		assertTrue(toc.isPresent(), "the help's table of contents has SVC Workbench");
		List<String> topics = java.util.Arrays.stream(toc.get().getTopics()).map(org.eclipse.help.ITopic::getLabel).toList();
		assertTrue(topics.equals(List.of("The .svc language reference", "Terms of the domain (English and 中文)")), topics.toString());

		// the help system's own web server serves the pages, as Help Contents shows them
		org.eclipse.help.internal.base.BaseHelpSystem.ensureWebappRunning();
		String base = "http://" + org.eclipse.help.internal.server.WebappManager.getHost() + ":"
				+ org.eclipse.help.internal.server.WebappManager.getPort() + "/help/topic/org.svcworkbench.svc.ui/help/";
		String reference = fetch(base + "reference.html");
		assertTrue(reference.contains("<h1>The <code>.svc</code> language reference</h1>"), reference.substring(0, Math.min(400, reference.length())));
		String terms = fetch(base + "terms.html");
		assertTrue(terms.contains("<tr><td>line of visibility</td><td lang=\"zh-CN\">可视分界线</td></tr>")
				&& terms.contains("<tr><td>Before purchase</td><td lang=\"zh-CN\">购买前</td></tr>"), terms);
		String index = fetch("http://" + org.eclipse.help.internal.server.WebappManager.getHost() + ":"
				+ org.eclipse.help.internal.server.WebappManager.getPort() + "/help/index.jsp");
		assertTrue(index.contains("<html") || index.contains("<HTML"), "the help's own page (a JSP) works: " + index.substring(0, Math.min(300, index.length())));
	}

	private static String fetch(String url) throws Exception {
		var connection = (java.net.HttpURLConnection) java.net.URI.create(url).toURL().openConnection();
		connection.setConnectTimeout(30_000);
		connection.setReadTimeout(60_000);
		assertTrue(connection.getResponseCode() == 200, url + " answered " + connection.getResponseCode());
		try (var in = connection.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
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
