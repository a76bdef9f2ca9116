package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.checklist.Checklist;
import org.svcworkbench.svc.generator.checklist.ChecklistBuilder;
import org.svcworkbench.svc.generator.checklist.ChecklistWriters;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The five checklists as Markdown task lists, CSV and JSON: content, escaping, formula injection, determinism. */
class ChecklistTest {

	private static List<Checklist> checklists(Service service, String language, List<SvcDiagnostic> findings) {
		ReportTexts texts = ReportTexts.of(language);
		ServiceView view = new ServiceViewBuilder(texts, new ServiceDiagrams(DiagramFont.installed(), DiagramLanguage.of(language)),
				Models.EVENT_DATE).build(service, "S");
		return new ChecklistBuilder(texts).build(service, view, findings);
	}

	@Test
	void everyExampleServiceGetsFiveChecklistsInThreeFormats() {
		for (Service service : Models.exampleServices()) {
			List<Checklist> checklists = checklists(service, "zh", List.of());
			assertEquals(List.of("launch-readiness", "follow-up-schedule", "convenience-audit", "mystery-shopping", "servqual-survey"),
					checklists.stream().map(Checklist::id).toList());
			for (Checklist checklist : checklists) {
				Map<String, String> files = Models.pages(new ChecklistWriters().write("S", checklist));
				String csv = files.get("S/checklists/" + checklist.id() + ".csv");
				assertTrue(csv.startsWith("\uFEFF"), "CSV starts with a byte-order mark");
				assertEquals(checklist.rows().size() + 1, csv.split("\r\n", -1).length - 1, checklist.id() + ": header and one line per row");
				JsonObject json = JsonParser.parseString(files.get("S/checklists/" + checklist.id() + ".json")).getAsJsonObject();
				assertEquals(checklist.rows().size(), json.getAsJsonArray("items").size());
				String markdown = files.get("S/checklists/" + checklist.id() + ".md");
				assertTrue(markdown.startsWith("# " + checklist.title()));
				assertEquals(checklist.rows().size(), markdown.lines().filter(l -> l.startsWith("- [")).count());
			}
			assertEquals(10, checklists.get(4).rows().size(), "SERVQUAL: expectation and perception for each of five dimensions");
		}
	}

	@Test
	void theCarRepairFollowUpAndAuditCarryTheModelsFigures() {
		Service carRepair = Models.exampleServices().stream().filter(s -> s.getName().equals("汽车售后服务")).findFirst().orElseThrow();
		List<Checklist> checklists = checklists(carRepair, "zh", List.of());
		String followUp = Models.pages(new ChecklistWriters().write("S", checklists.get(1))).get("S/checklists/follow-up-schedule.csv");
		assertTrue(followUp.contains("第一次跟踪服务,客户接车出厂后 3 天至 1 周,2026-03-05 至 2026-03-09,跟踪业务员,业务部主管,2 天内上报业务部主管,"
				+ "跟踪服务电话记录表、跟踪服务电话登记表,询问用车情况和意见，记录要求与投诉\r\n"), followUp);
		String audit = Models.pages(new ChecklistWriters().write("S", checklists.get(2))).get("S/checklists/convenience-audit.md");
		assertTrue(audit.contains("- [x] 客户能否在电话中得到清楚的报价范围？——便利类型：决策便利；结果：已达到"), audit);
		assertTrue(audit.contains("- [ ] 营业时间是否覆盖下班后时段？"), "a partly met item is still to do");
	}

	@Test
	void aStandardCountedFromARecurringOneIsDueOnEachOccurrence() {
		Service service = Models.parse("""
				role 店长
				service 保养 {
					standards {
						standard 半月保养 "半月保养" { deadline every 15 days owner 店长 }
						standard 保养记录 "保养当天记录" { deadline same-day after 半月保养 owner 店长 }
					}
				}
				""");
		String followUp = Models.pages(new ChecklistWriters().write("S", checklists(service, "zh", List.of()).get(1)))
				.get("S/checklists/follow-up-schedule.csv");
		assertTrue(followUp.contains("保养当天记录,半月保养当天,2026-03-17、2026-04-01、2026-04-16 …,店长,"), followUp);
	}

	@Test
	void launchReadinessListsWhatTheModelLacksByArea(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("shop.svc");
		Files.writeString(file, """
				role clerk
				service Shop "Corner shop" {
					product { core "Groceries" }
					standards {
						event visit
						standard call "Follow-up call" { deadline within 2 days after visit }
					}
					journey {
						stage before "Find us" { touchpoint sign "Street sign" }
					}
				}
				""", StandardCharsets.UTF_8);
		SvcModelLoader loader = Models.injector().getInstance(SvcModelLoader.class);
		var loaded = loader.load(dir, List.of(file));
		List<SvcDiagnostic> findings = loader.validate(loaded);
		Service shop = (Service) ((Model) loaded.resourceSet().getResources().get(0).getContents().get(0)).getElements().get(1);
		Checklist readiness = checklists(shop, "en", findings).get(0);
		List<String> areas = new ArrayList<>();
		readiness.rows().forEach(row -> areas.add(row.cells().get(1) + " | " + row.cells().get(2)));
		assertTrue(areas.contains("Service standards | svc.standard.no-owner"), areas.toString());
		assertTrue(areas.stream().anyMatch(a -> a.startsWith("The service as a whole | svc.mix.")), areas.toString());
		assertTrue(readiness.rows().stream().allMatch(row -> row.cells().get(3).matches("shop\\.svc:\\d+:\\d+")),
				"every item says where: file:line:column");
	}

	@Test
	void hostileCellsStayTextInEveryFormat() {
		String hostile = "=cmd|' /C calc'!A0 <b>\"quoted\", line\nbreak | `x` # -";
		Checklist checklist = new Checklist("test", "Title", List.of("item", "note"), List.of("Item", "Note"),
				List.of(new Checklist.Row(List.of(hostile, "+1"), false), new Checklist.Row(List.of("@SUM(A1)", "-2"), true)), "none");
		Map<String, String> files = Models.pages(new ChecklistWriters().write("S", checklist));
		String csv = files.get("S/checklists/test.csv");
		assertEquals("\uFEFFItem,Note\r\n\"'=cmd|' /C calc'!A0 <b>\"\"quoted\"\", line\nbreak | `x` # -\",'+1\r\n'@SUM(A1),'-2\r\n", csv);
		JsonObject json = JsonParser.parseString(files.get("S/checklists/test.json")).getAsJsonObject();
		assertEquals(hostile, json.getAsJsonArray("items").get(0).getAsJsonObject().get("item").getAsString(), "JSON keeps the text exactly");
		String html = MarkdownReportTest.render(files.get("S/checklists/test.md"));
		assertFalse(html.contains("<b>") || html.contains("<code>"), html);
		assertTrue(html.contains("=cmd|' /C calc'!A0 &lt;b&gt;&quot;quoted&quot;, line break | `x` # -"), html);
	}

	@Test
	void sameModelSameBytes() {
		Service service = Models.exampleServices().get(0);
		List<GeneratedFile> first = new ArrayList<>(), second = new ArrayList<>();
		checklists(service, "en", List.of()).forEach(c -> first.addAll(new ChecklistWriters().write("S", c)));
		checklists(service, "en", List.of()).forEach(c -> second.addAll(new ChecklistWriters().write("S", c)));
		for (int i = 0; i < first.size(); i++) {
			assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).path());
		}
	}
}
