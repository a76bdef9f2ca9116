package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.checklist.Checklist;
import org.svcworkbench.svc.generator.checklist.ChecklistBuilder;
import org.svcworkbench.svc.generator.checklist.ChecklistWriters;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.svc.Service;

/**
 * A right-to-left override in a label (U+202E, never closed) cannot turn the tool's own words
 * around in any format: in the HTML page, its inline SVG, the Markdown and the CSV checklists, every
 * override, embedding and isolate from the model is closed inside an isolate of its own.
 */
class BidiIsolationOutputTest {

	private static final String MODEL = """
			role clerk "Clerk"
			service S "Shop \u202Eevil" {
				description "Opens at \u202Enine"
				blueprint visit "A \u202Evisit" {
					step pay "Pay \u202Ehere" customer
					step bill "Bill" onstage by clerk
					flow pay -> bill
				}
			}
			""";

	@Test
	void noFormatLeavesAModelOverrideOpen() {
		Service service = Models.parse(MODEL);
		List<ServiceView> views = Models.views(List.of(service), "en");
		Map<String, String> html = Models.pages(new HtmlReport().generate(views, ReportTexts.of("en")));
		Map<String, String> markdown = Models.pages(new MarkdownReport().generate(views, ReportTexts.of("en")));
		assertTrue(assertClosed("S/index.html", html.get("S/index.html")) >= 4, "label, description, blueprint and step");
		String page = html.get("S/index.html");
		assertTrue(page.contains("<svg"), "the page inlines its blueprint");
		// the diagram's title joins the model's labels and the tool's word: no label's override reaches the word
		for (int word = page.indexOf(" · Blueprint · "); word >= 0; word = page.indexOf(" · Blueprint · ", word + 1)) {
			assertEquals(0, overridesOpenAt(page, word), "the tool's word 'Blueprint' at " + word + " is under a model override");
		}
		assertTrue(assertClosed("S/README.md", markdown.get("S/README.md")) > 0);
		ReportTexts texts = ReportTexts.of("en");
		ServiceView view = new ServiceViewBuilder(texts, new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.of("en")),
				Models.EVENT_DATE).build(service, "S");
		int checked = 0;
		for (Checklist checklist : new ChecklistBuilder(texts).build(service, view, List.of())) {
			for (var file : Models.pages(new ChecklistWriters().write("S", checklist)).entrySet()) {
				if (file.getKey().endsWith(".csv") || file.getKey().endsWith(".md")) {
					checked += assertClosed(file.getKey(), file.getValue()) > 0 ? 1 : 0;
				}
			}
		}
		assertTrue(checked > 0, "some checklist carries the hostile text");
	}

	/** How many embeddings and overrides are open at a position (UAX #9: a PDI ends those opened inside its isolate). */
	private static int overridesOpenAt(String text, int end) {
		java.util.Deque<Character> open = new java.util.ArrayDeque<>();
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 0x202A && c <= 0x202E && c != 0x202C || c >= 0x2066 && c <= 0x2068) {
				open.push(c);
			} else if (c == 0x202C && !open.isEmpty() && open.peek() < 0x2066) {
				open.pop();
			} else if (c == 0x2069) {
				while (!open.isEmpty() && open.pop() < 0x2066) {
					// the embeddings inside the isolate end with it
				}
			}
		}
		return (int) open.stream().filter(c -> c < 0x2066).count();
	}

	/** Every LRE/RLE/LRO/RLO from the text is inside an isolate, and every isolate is closed; how many there are. */
	private static int assertClosed(String name, String text) {
		int isolates = 0, found = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x2066 && c <= 0x2068) {
				isolates++;
			} else if (c == 0x2069) {
				isolates--;
			} else if (c >= 0x202A && c <= 0x202E && c != 0x202C) {
				found++;
				assertTrue(isolates > 0, name + ": an override outside an isolate at " + i + ": "
						+ text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)));
			}
		}
		assertEquals(0, isolates, name + ": every isolate is closed");
		return found;
	}
}
