package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;

/** The Markdown documentation, rendered as a Git host renders it (CommonMark with GFM tables). */
class MarkdownReportTest {

	private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());

	static String render(String markdown) {
		return HtmlRenderer.builder().extensions(GFM).build().render(Parser.builder().extensions(GFM).build().parse(markdown));
	}


	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void everyExamplePageRendersItsTablesAndLinksItsDiagrams(String language) {
		List<ServiceView> views = Models.views(Models.exampleServices(), language);
		Map<String, String> pages = Models.pages(new MarkdownReport().generate(views, ReportTexts.of(language)));
		assertEquals(List.of("Cafe/README.md", "Meetings/README.md", "README.md", "Stay/README.md", "汽车售后服务/README.md"),
				List.copyOf(pages.keySet()));
		for (ServiceView view : views) {
			String markdown = pages.get(view.folder() + "/README.md");
			String html = render(markdown);
			assertTrue(html.contains("<table>"), view.name() + ": the 7Ps as a table");
			// Every diagram of the service is linked by its file name, next to the page.
			for (var diagram : view.blueprints()) {
				assertTrue(markdown.contains("](" + diagram.file() + ")"), view.name() + " links " + diagram.file());
			}
			assertEquals(view.journey().size(), rowsAfter(html, ReportTexts.of(language).get("section.journey")),
					view.name() + ": one row per touchpoint");
			assertFalse(html.contains("<script"), view.name());
		}
		assertTrue(render(pages.get("README.md")).contains("<a href=\"Cafe/README.md\">Corner Café</a>"));
	}

	@Test
	void hostileTextStaysTextInTablesHeadingsAndLists() {
		String hostile = "# <script>alert(1)</script> | `code` *bold* [link](http://x) =cmd|' \\\\ 1. ";
		String model = """
				role r "%1$s" channel c "%1$s"
				service S "%1$s" {
					description "%1$s\\nsecond line"
					journey { stage before "%1$s" { touchpoint t "%1$s" { channel c owner r expects "%1$s" rating 5 } } }
					satisfaction { item i "%1$s" weight 100%% rating satisfied }
				}
				""".formatted(hostile);
		List<ServiceView> views = Models.views(List.of(Models.parse(model)), "en");
		String markdown = Models.pages(new MarkdownReport().generate(views, ReportTexts.of("en"))).get("S/README.md");
		String html = render(markdown);
		assertFalse(html.contains("<script"), html);
		assertFalse(html.contains("<a href=\"http://x\""), "no link from model text");
		assertFalse(html.contains("<code>") || html.contains("<em>") || html.contains("<strong>bold"), "no markup from model text");
		assertEquals(1, count(html, "<h1>"), "the title's '#' makes no second heading");
		// The journey table keeps its seven columns although the text holds a pipe.
		Matcher row = Pattern.compile("<tbody>\\s*<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html.substring(html.indexOf("<th>Stage</th>")));
		assertTrue(row.find());
		assertEquals(7, count(row.group(1), "<td"));
		assertTrue(html.contains("# &lt;script&gt;alert(1)&lt;/script&gt; | `code` *bold* [link](http://x) =cmd|"), html);
	}

	@Test
	void aMultiLineDescriptionIsOneLineWithoutItsIndentation() {
		String model = "service S \"S\" {\n\tdescription \"Coffee near the metro,\n\t\twith a pick-up shelf\ttoo\"\n}\n";
		List<ServiceView> views = Models.views(List.of(Models.parse(model)), "en");
		String markdown = Models.pages(new MarkdownReport().generate(views, ReportTexts.of("en"))).get("S/README.md");
		assertTrue(markdown.contains("Coffee near the metro, with a pick-up shelf too"), markdown);
		assertFalse(markdown.contains("\t"), "no tab from the model in the Markdown");
	}

	@Test
	void sameModelSameBytes() {
		List<GeneratedFile> first = new MarkdownReport().generate(Models.views(Models.exampleServices(), "zh"), ReportTexts.of("zh"));
		List<GeneratedFile> second = new MarkdownReport().generate(Models.views(Models.exampleServices(), "zh"), ReportTexts.of("zh"));
		for (int i = 0; i < first.size(); i++) {
			assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).path());
		}
	}

	/** Body rows of the first table after the section heading; 0 when there is no such section. */
	private static int rowsAfter(String html, String heading) {
		int h = html.indexOf("<h2>" + heading + "</h2>");
		if (h < 0) {
			return 0;
		}
		int table = html.indexOf("<table>", h);
		return count(html.substring(table, html.indexOf("</table>", table)), "<tr>") - 1;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
