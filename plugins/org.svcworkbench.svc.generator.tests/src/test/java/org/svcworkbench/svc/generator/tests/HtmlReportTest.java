package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.view.FolderOfServices;
import org.svcworkbench.svc.generator.view.NotDocumented;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceFiles;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.generator.view.SkippedService;
import org.svcworkbench.svc.svc.Service;

import nu.validator.client.EmbeddedValidator;

/** The HTML documentation of the examples and of a hostile model: valid HTML, escaped, stable, in both languages. */
class HtmlReportTest {

	/** Each diagram of a page is its SVG file's svg element, byte for byte, without the file's XML declaration and DOCTYPE. */
	@Test
	void aPageHoldsEachDiagramAsItsFileHasIt() {
		Service carRepair = Models.exampleServices().stream().filter(s -> s.getName().equals("汽车售后服务")).findFirst().orElseThrow();
		ReportTexts texts = ReportTexts.of("zh");
		ServiceDiagrams diagrams = new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.of("zh"));
		var rendered = diagrams.render(carRepair, List.of(ServiceDiagrams.Kind.values()));
		String page = new String(new HtmlReport().page(new ServiceViewBuilder(texts, diagrams, Models.EVENT_DATE).build(carRepair, "S", rendered,
				new ServiceFiles(Set.of(), Set.of(), false)), texts).content(), StandardCharsets.UTF_8);
		assertFalse(page.contains("<?xml") || page.contains("<!DOCTYPE svg"), "no XML declaration or DOCTYPE inside the page");
		assertTrue(rendered.size() >= 4, "the car repair service has several diagrams");
		for (var diagram : rendered) {
			String file = diagram.svg();
			String element = file.substring(file.indexOf("<svg"), file.lastIndexOf("</svg>") + "</svg>".length());
			assertTrue(element.contains("汽车") || element.contains("服务") || element.contains("客户"), "Chinese text in the diagram");
			assertTrue(page.contains(element), () -> diagram.drawn().kind() + " is on the page as in its file");
		}
	}

	/** A reader follows links to the full-size diagrams and the checklists, and only to files the run writes. */
	@Test
	void aPageLinksTheFilesBesideItAndPrintsAWideBlueprintInSlices() {
		Service carRepair = Models.exampleServices().stream().filter(s -> s.getName().equals("汽车售后服务")).findFirst().orElseThrow();
		ReportTexts texts = ReportTexts.of("zh");
		ServiceDiagrams diagrams = new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.of("zh"));
		ServiceViewBuilder builder = new ServiceViewBuilder(texts, diagrams, Models.EVENT_DATE);
		var rendered = diagrams.render(carRepair, List.of(ServiceDiagrams.Kind.values()));
		String page = new String(new HtmlReport().page(builder.build(carRepair, "S", rendered,
				new ServiceFiles(Set.of(ServiceDiagrams.Kind.BLUEPRINT), Set.of(ServiceDiagrams.Kind.BLUEPRINT), true)), texts).content(),
				StandardCharsets.UTF_8);
		for (String checklist : List.of("launch-readiness", "follow-up-schedule", "convenience-audit", "mystery-shopping", "servqual-survey")) {
			for (String extension : List.of(".md", ".csv", ".json")) {
				assertTrue(page.contains("href=\"checklists/" + checklist + extension + "\""), checklist + extension);
			}
		}
		assertTrue(page.contains("<a href=\"blueprint-业务接待.svg\">原尺寸（SVG）</a> · <a href=\"blueprint-业务接待.png\">PNG</a>"), page);
		assertFalse(page.contains("href=\"journey.svg\""), "the journey is not written as a file in this run");
		// 2,503 units wide: three landscape windows of 1,200 units, from the left edge to the right one.
		assertTrue(page.contains("<div class=\"print-slices\" aria-hidden=\"true\">"), page);
		assertTrue(page.contains("viewBox=\"0 0 1200 752\"") && page.contains("viewBox=\"652 0 1200 752\"")
				&& page.contains("viewBox=\"1303 0 1200 752\""), page);
		assertEquals(3, page.split("<use xlink:href=\"#blueprint-业务接待\">", -1).length - 1);

		String bare = new String(new HtmlReport().page(builder.build(carRepair, "S", rendered, new ServiceFiles(Set.of(), Set.of(), false)), texts)
				.content(), StandardCharsets.UTF_8);
		assertFalse(bare.contains("href=\"checklists/") || bare.contains(".svg\"") || bare.contains(".png\""), "no link to a file not written");
	}


	/** The Nu HTML Checker's errors for a page, one line each; warnings are not errors. */
	static List<String> nuErrors(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		return report.lines().filter(line -> line.contains(": error:") || line.contains("fatal")).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void everyExamplePageIsValidHtml(String language) throws Exception {
		List<GeneratedFile> files = new HtmlReport().generate(Models.views(Models.exampleServices(), language), ReportTexts.of(language));
		Map<String, String> pages = Models.pages(files);
		assertEquals(List.of("Cafe/index.html", "Meetings/index.html", "Stay/index.html", "index.html", "汽车售后服务/index.html"),
				List.copyOf(pages.keySet()));
		for (Map.Entry<String, String> page : pages.entrySet()) {
			assertEquals(List.of(), nuErrors(page.getValue()), page.getKey() + " in " + language);
			assertFalse(page.getValue().contains("<script"), "no scripts");
			assertFalse(page.getValue().matches("(?s).*(src|href)=\"https?:.*"), "no network access");
		}
		String lang = language.equals("zh") ? "zh-CN" : "en";
		assertTrue(pages.get("index.html").startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">"));
	}

	@Test
	void theCarRepairReportShowsItsComputedFigures() {
		Map<String, String> pages = Models.pages(new HtmlReport().generate(Models.views(Models.exampleServices(), "zh"), ReportTexts.of("zh")));
		String carRepair = pages.get("汽车售后服务/index.html");
		// D6: the first follow-up call 3 days to 1 week after the car leaves on 2 March 2026.
		assertTrue(carRepair.contains("<td>第一次跟踪服务——询问用车情况和意见，记录要求与投诉</td><td>客户接车出厂后 3 天至 1 周</td><td>2026-03-05 至 2026-03-09</td>"),
				carRepair);
		assertTrue(carRepair.contains("<h2>服务营销组合（7P）</h2>"));
		for (String section : List.of("服务特性", "价值主张", "顾客服务", "市场", "服务便利", "服务营销铁三角")) {
			assertTrue(carRepair.contains("<h2>" + section + "</h2>"), section);
		}
		assertTrue(carRepair.contains("<td>决策便利</td><td>客户能否在电话中得到清楚的报价范围？——已达到</td>"), carRepair);
		assertTrue(carRepair.contains("<svg"), "the diagrams inline");
		assertTrue(pages.get("index.html").contains("<a href=\"汽车售后服务/index.html\">汽车维修售后服务</a>"));
		// The hotel's portfolio, declared once in its folder, heads the index with its two services.
		String index = pages.get("index.html");
		assertTrue(index.contains("<dt>湖畔酒店服务组合 Lakeside Hotel portfolio</dt>") && index.indexOf("<dt>湖畔") < index.indexOf("<table")
				&& index.contains("<a href=\"Meetings/index.html\">会议服务 Meetings and events</a>、<a href=\"Stay/index.html\">"), index);
		String cafe = Models.pages(new HtmlReport().generate(Models.views(Models.exampleServices(), "en"), ReportTexts.of("en")))
				.get("Cafe/index.html");
		// D11: 40% x satisfied (6) + 30% x neutral (4) + 30% x very satisfied (7) = 5.7, satisfied.
		assertTrue(cafe.contains("5.7 (satisfied)"), cafe);
		// the same aside in Chinese takes Chinese parentheses, with no space
		assertTrue(pages.get("index.html").contains("5.9（满意）"), "Chinese punctuation in the Chinese index");
		String stay = Models.pages(new HtmlReport().generate(Models.views(Models.exampleServices(), "en"), ReportTexts.of("en")))
				.get("Stay/index.html");
		for (String section : List.of("SWOT analysis", "Customer loyalty", "Marketing management process")) {
			assertTrue(stay.contains("<h2>" + section + "</h2>"), section);
		}
		assertTrue(cafe.contains("<td>Drink on the shelf</td><td>3 minutes to 6 minutes after Order placed</td>"), cafe);
		assertTrue(carRepair.contains("<td>每月</td>") && carRepair.contains("2 天内上报业务部主管"), carRepair);
	}

	@Test
	void hostileTextIsEscapedAndThePageStaysValid() throws Exception {
		String hostile = "<script>alert(1)</script> & \\\"q\\\" 'a' | `code` =cmd| \u202Eevil\u202C ";
		String model = """
				role r "%1$s" channel c "%1$s"
				service S "%1$s" {
					description "%1$s"
					journey { stage before "%1$s" { touchpoint t "%1$s" { channel c owner r expects "%1$s" rating 5 } } }
					standards { event e "%1$s" standard s "%1$s" { deadline within 2 days after e owner r } }
					satisfaction { item i "%1$s" weight 100%% rating satisfied }
					blueprint b "%1$s" { step one "%1$s" customer }
				}
				""".formatted(hostile + "x".repeat(10_000));
		Map<String, String> pages = Models.pages(new HtmlReport().generate(Models.views(List.of(Models.parse(model)), "en"), ReportTexts.of("en")));
		for (String page : pages.values()) {
			assertFalse(page.contains("<script>"), "model text never becomes markup");
			assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"), "escaped as text");
			assertEquals(List.of(), nuErrors(page));
		}
	}

	@Test
	void sameModelSameBytes() {
		Function<String, List<GeneratedFile>> generate = language -> new HtmlReport()
				.generate(Models.views(Models.exampleServices(), language), ReportTexts.of(language));
		List<GeneratedFile> first = generate.apply("zh"), second = generate.apply("zh");
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).path());
		}
	}

	/**
	 * Services not documented are counted at the top of both indexes, with a link to where they are
	 * named: at the end of a portfolio's thousand rows, a reader would never see them.
	 */
	@Test
	void theIndexesCountTheServicesNotDocumentedAtTheTop() throws Exception {
		List<ServiceSummary> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 998; i++) {
			rows.add(new ServiceSummary("S" + i, "Service " + i, List.of(), 7, null, List.of()));
		}
		List<SkippedService> two = List.of(new SkippedService("A", "a/a.svc, line 3"), new SkippedService("B<i>", "b/b.svc, line 9"));
		String html = new String(new HtmlReport().index(rows, new NotDocumented(two, List.of()), ReportTexts.of("en")).content(), StandardCharsets.UTF_8);
		int notice = html.indexOf("<strong>2 of 1,000 services are not documented: their models have errors.</strong>"
				+ " <a href=\"#not-documented\">See which, and where to look</a>");
		assertTrue(notice > 0 && notice < html.indexOf("<table>"), "above the table: " + html.substring(0, 1500));
		assertTrue(html.contains("<section id=\"not-documented\">") && html.contains("<strong>B&lt;i&gt;</strong>"), "the link's target");
		assertEquals(List.of(), nuErrors(html));

		String one = new String(new HtmlReport().index(rows.subList(0, 1), new NotDocumented(two.subList(0, 1), List.of()), ReportTexts.of("en")).content(),
				StandardCharsets.UTF_8);
		assertTrue(one.contains("<strong>1 of 2 services is not documented"), one);
		String markdown = new String(new MarkdownReport().index(rows, new NotDocumented(two, List.of()), ReportTexts.of("zh")).content(), StandardCharsets.UTF_8);
		assertTrue(markdown.contains("\n> **1,000 个服务中有 2 个的模型有错误，未生成文档。** [查看未生成文档的内容及错误位置](#未生成文档)\n"), markdown);
		assertTrue(markdown.indexOf("> **1,000") < markdown.indexOf("| 服务 |") && markdown.contains("\n## 未生成文档\n"));

		String none = new String(new HtmlReport().index(rows, NotDocumented.NOTHING, ReportTexts.of("en")).content(), StandardCharsets.UTF_8);
		assertFalse(none.contains("not-documented"), "nothing skipped, nothing said");
	}

	/**
	 * Files with errors that hold no service left out are named in the same section, after the
	 * services, and counted at the top: alone, and beside the services, in both languages.
	 */
	@Test
	void theIndexesNameTheOtherFilesWithErrors() throws Exception {
		List<ServiceSummary> rows = List.of(new ServiceSummary("S", "Service", List.of(), 7, null, List.of()));
		List<String> files = List.of("shop/channels.svc, line 2", "shop/<roles>.svc, line 1");
		String alone = new String(new HtmlReport().index(rows, new NotDocumented(List.of(), files), ReportTexts.of("en")).content(),
				StandardCharsets.UTF_8);
		assertTrue(alone.contains("<strong>2 files of the model have errors: what they declare may be missing from these pages.</strong>"
				+ " <a href=\"#not-documented\">"), alone);
		assertTrue(alone.indexOf("not-documented-notice") < alone.indexOf("<table>"), "above the table");
		int section = alone.indexOf("<section id=\"not-documented\">");
		assertTrue(section > alone.indexOf("</table>") && alone.indexOf("<li>shop/&lt;roles&gt;.svc, line 1</li>") > section, "named, escaped");
		assertFalse(alone.contains("The models of these services have errors"), "no services' paragraph without services");
		assertEquals(List.of(), nuErrors(alone));

		List<SkippedService> one = List.of(new SkippedService("A", "a/a.svc, line 3"));
		String both = new String(new HtmlReport().index(rows, new NotDocumented(one, files.subList(0, 1)), ReportTexts.of("en")).content(),
				StandardCharsets.UTF_8);
		assertTrue(both.contains("<strong>1 of 2 services is not documented: their models have errors. 1 other file has errors too.</strong>"), both);
		assertTrue(both.indexOf("<strong>A</strong>") < both.indexOf("<li>shop/channels.svc, line 2</li>"), "services first, then files");
		assertEquals(List.of(), nuErrors(both));

		String markdown = new String(new MarkdownReport().index(rows, new NotDocumented(one, files), ReportTexts.of("zh")).content(),
				StandardCharsets.UTF_8);
		assertTrue(markdown.contains("> **2 个服务中有 1 个的模型有错误，未生成文档。另有 2 个文件有错误。** [查看未生成文档的内容及错误位置](#未生成文档)\n"),
				markdown);
		assertTrue(markdown.contains("\n- **A**——a/a.svc, line 3\n\n模型中的以下文件有错误。") && markdown.contains("\n- shop/&lt;roles&gt;.svc, line 1\n"),
				markdown);
	}

	/**
	 * A portfolio's services are listed folder by folder, as its designers divided it: a line that
	 * counts them and links to each folder, then a table per folder, in folder order. A folder with
	 * no service documented has no table; one folder keeps the single table.
	 */
	@Test
	void theIndexesListAPortfolioFolderByFolder() throws Exception {
		ServiceSummary a = new ServiceSummary("A", "Alpha", List.of(), 7, null, List.of());
		ServiceSummary b = new ServiceSummary("B", "Beta", List.of(), 5, null, List.of());
		ServiceSummary c = new ServiceSummary("C", "Gamma", List.of(), 3, null, List.of());
		List<FolderOfServices> folders = List.of(new FolderOfServices("<shop>", List.of(a, b)), new FolderOfServices("empty", List.of()),
				new FolderOfServices("售后 服务", List.of(c)));
		NotDocumented left = new NotDocumented(List.of(new SkippedService("D", "售后 服务/d.svc, line 3")), List.of());
		String html = new String(new HtmlReport().indexOfFolders(folders, left, ReportTexts.of("en")).content(), StandardCharsets.UTF_8);
		assertTrue(html.contains("<h2>Services</h2>\n<p class=\"folders\">3 services in 2 folders: <span><a href=\"#folder-1\">&lt;shop&gt;</a> (2)</span>, "
				+ "<span><a href=\"#folder-2\">售后 服务</a> (1)</span></p>"), html);
		int shop = html.indexOf("<section class=\"folder\" id=\"folder-1\">\n<h3>&lt;shop&gt;</h3>");
		int service = html.indexOf("<section class=\"folder\" id=\"folder-2\">\n<h3>售后 服务</h3>");
		assertTrue(shop > 0 && shop < html.indexOf("Alpha") && html.indexOf("Beta") < service && service < html.indexOf("Gamma"), html);
		assertFalse(html.contains(">empty<"), "a folder with nothing documented has no table");
		assertTrue(html.contains("<a href=\"#not-documented\">") && html.contains("<section id=\"not-documented\">"), html);
		assertEquals(List.of(), nuErrors(html));

		String zh = new String(new HtmlReport().indexOfFolders(folders, left, ReportTexts.of("zh")).content(), StandardCharsets.UTF_8);
		assertTrue(zh.contains("共 3 个服务，分属 2 个文件夹：<span><a href=\"#folder-1\">&lt;shop&gt;</a>（2）</span>、<span><a href=\"#folder-2\">售后 服务</a>（1）</span></p>"), zh);

		List<FolderOfServices> named = List.of(new FolderOfServices("Services", List.of(a)), new FolderOfServices("Not documented", List.of(b)),
				new FolderOfServices("售后 服务", List.of(c)));
		String markdown = new String(new MarkdownReport().indexOfFolders(named, left, ReportTexts.of("en")).content(), StandardCharsets.UTF_8);
		assertTrue(markdown.contains("\n## Services\n\n3 services in 3 folders: [Services](#services-1) (1), [Not documented](#not-documented) (1), "
				+ "[售后 服务](#售后-服务) (1)\n\n### Services\n\n| Service |"), markdown);
		assertTrue(markdown.contains("[See which, and where to look](#not-documented-1)") && markdown.contains("\n## Not documented\n"),
				"the link goes where a Markdown host puts the section after a folder of its name: " + markdown);

		List<ServiceSummary> rows = List.of(a, b);
		assertArrayEquals(new HtmlReport().index(rows, left, ReportTexts.of("en")).content(),
				new HtmlReport().indexOfFolders(List.of(new FolderOfServices("shop", rows), new FolderOfServices("empty", List.of())), left,
						ReportTexts.of("en")).content(), "one folder: one table, as before");
		assertFalse(new String(new MarkdownReport().index(rows, left, ReportTexts.of("zh")).content(), StandardCharsets.UTF_8).contains("###"));
	}

	@Test
	void anUnknownLanguageIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> ReportTexts.of("fr"));
	}
}
