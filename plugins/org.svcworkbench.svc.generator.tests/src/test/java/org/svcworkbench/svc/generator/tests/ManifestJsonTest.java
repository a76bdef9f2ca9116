package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.generator.run.Manifest;
import org.svcworkbench.svc.generator.run.ManifestJson;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;

import com.google.gson.GsonBuilder;

/**
 * The output folder's manifest: what a run writes is what the next run reads, and it is the text
 * the earlier version (Gson's binding of the records) wrote, so an output folder documented before
 * is still documented incrementally, and one documented now still reads in that version.
 */
class ManifestJsonTest {

	/** Every kind of value a manifest holds: nulls, Chinese, quotes and line breaks, a skipped service, findings. */
	private static Manifest everyKindOfValue() {
		ServiceSummary cafe = new ServiceSummary("咖啡/店", "Café \"Lumière\"\n<b>", List.of("学生", "a & b"), 1_234_567_890_123L,
				new ServiceView.Survey(List.of(), "4.2", "满意"), List.of(new ServiceView.Portfolio("Retail", null),
						new ServiceView.Portfolio("Hospitality", "Hotels\tand cafés \u2028")));
		ServiceSummary bare = new ServiceSummary("hotel", "Hotel", List.of(), 0, null, List.of());
		Manifest.Service documented = new Manifest.Service("Cafe", "咖啡/cafe.svc", "Cafe", cafe, "ab12", "𠀀", null, null);
		Manifest.Service plain = new Manifest.Service("Hotel", "hotel/hotel.svc", "Hotel", bare, "cd34", null, null, null);
		Manifest.Service skipped = new Manifest.Service("Broken", "hotel/broken.svc", null, null, null, null, 7, "hotel/types.svc");
		Manifest.Finding finding = new Manifest.Finding("hotel/broken.svc", 7, 12, "ERROR", "Couldn't resolve reference to Role 'chef'.",
				"org.eclipse.xtext.diagnostics.Diagnostic.Linking");
		Manifest.Finding uncoded = new Manifest.Finding("咖啡/cafe.svc", 1, 1, "WARNING", "名称“\\x”", null);
		return new Manifest("svc-manifest-1", "html,md|zh|2026-12-05", 987_654_321_000L, List.of(
				new Manifest.Folder("咖啡", "0f".repeat(32), "3:1200:17", 1_733_000_000_000L, 3, List.of("Cafe/index.html", "Cafe/blueprint.svg"),
						List.of(documented), List.of(uncoded), 10, 2_000, "folder-咖啡"),
				new Manifest.Folder("hotel", "aa", "2:10:1", 5, 2, List.of(), List.of(plain, skipped), List.of(finding), 2_000, 2_000, null)),
				List.of("index.html", "README.md", "model.json"));
	}

	@Test
	void aManifestIsWrittenAsTheEarlierVersionWroteIt() throws Exception {
		Manifest manifest = everyKindOfValue();
		StringWriter text = new StringWriter();
		ManifestJson.write(manifest, text);
		assertEquals(new GsonBuilder().disableHtmlEscaping().create().toJson(manifest), text.toString());
	}

	@Test
	void aManifestReadsBackAsWritten() throws Exception {
		Manifest manifest = everyKindOfValue();
		StringWriter text = new StringWriter();
		ManifestJson.write(manifest, text);
		assertEquals(manifest, ManifestJson.read(new StringReader(text.toString())));
	}

	@Test
	void keysItDoesNotKnowAreSkippedAndMissingOnesAreEmpty() throws Exception {
		Manifest manifest = ManifestJson.read(new StringReader("""
				{"format":"svc-manifest-1","later":{"a":[1,2,{"b":null}]},"folders":[{"folder":"x","services":[
				{"name":"S","summary":{"title":"T","survey":null}}]}],"shared":[]}"""));
		Manifest.Folder folder = manifest.folders().get(0);
		assertEquals("x", folder.folder());
		assertEquals(null, folder.written());
		assertEquals(0, folder.jsonEnd());
		ServiceSummary summary = folder.services().get(0).summary();
		assertEquals(new ServiceSummary(null, "T", List.of(), 0, null, List.of()), summary);
	}

	@Test
	void anUnreadableManifestMeansDocumentingEverything(@TempDir Path output) throws Exception {
		StringWriter good = new StringWriter();
		ManifestJson.write(everyKindOfValue(), good);
		Path file = output.resolve(Manifest.FILE);
		Files.writeString(file, good.toString(), StandardCharsets.UTF_8);
		assertEquals(everyKindOfValue(), Manifest.read(output).orElseThrow());
		for (String bad : List.of("", "null", "[]", "{\"format\":\"svc-manifest-1\",\"folders\":\"x\",\"shared\":[]}",
				"{\"format\":\"svc-manifest-1\",\"folders\":[],\"shared\":[]} {}", "{\"format\":\"svc-manifest-0\",\"folders\":[],\"shared\":[]}",
				"{\"format\":\"svc-manifest-1\",\"folders\":[{\"files\":\"many\"}],\"shared\":[]}", good.toString().substring(0, 300),
				"{\"format\":\"svc-manifest-1\",\"shared\":[]}")) {
			Files.writeString(file, bad, StandardCharsets.UTF_8);
			assertTrue(Manifest.read(output).isEmpty(), bad);
		}
	}
}
