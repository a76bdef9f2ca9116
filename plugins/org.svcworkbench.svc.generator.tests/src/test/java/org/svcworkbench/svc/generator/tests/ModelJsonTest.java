package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.generator.json.ModelJsonSchema;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON export: valid against its own draft 2020-12 schema, references by name, escaped, stable. */
class ModelJsonTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static Set<ValidationMessage> validate(String json) throws Exception {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new ModelJsonSchema().schema());
		return schema.validate(MAPPER.readTree(json));
	}

	private static List<ModelJson.File> exampleFiles() {
		List<ModelJson.File> files = new ArrayList<>();
		List<Model> seen = new ArrayList<>();
		for (Service service : Models.exampleServices()) {
			Model model = (Model) service.eContainer();
			if (!seen.contains(model)) {
				seen.add(model);
				files.add(new ModelJson.File(model.eResource().getURI().lastSegment(), model));
			}
		}
		return files;
	}

	@Test
	void theExamplesExportValidAgainstTheSchema() throws Exception {
		String json = new ModelJson().export(exampleFiles());
		assertEquals(Set.of(), validate(json));
		JsonNode root = MAPPER.readTree(json);
		assertEquals("svc-model", root.get("format").asText());
		JsonNode cafe = root.get("files").get(0).get("elements");
		JsonNode service = null;
		for (JsonNode element : cafe) {
			if (element.get("type").asText().equals("Service")) {
				service = element;
			}
		}
		assertEquals("Cafe", service.get("name").asText());
		// A touchpoint's channel is a reference: the channel's name, not a copy of it.
		String text = json.substring(json.indexOf("\"name\": \"order\""));
		assertTrue(text.contains("\"channel\": \"counter\""), text.substring(0, 400));
		// A blueprint step names the touchpoint it belongs to by qualified name, if any; flows name their steps.
		assertTrue(json.contains("\"steps\": [\n") && json.contains("\"type\": \"Flow\""));
	}

	@Test
	void invalidExportsAreCaughtByTheSchema() throws Exception {
		String json = new ModelJson().export(exampleFiles());
		assertFalse(validate(json.replaceFirst("\"kind\": \"in-person\"", "\"kind\": \"telepathy\"")).isEmpty(), "an unknown keyword");
		assertFalse(validate(json.replaceFirst("\"label\": \"Counter\"", "\"colour\": \"red\"")).isEmpty(), "an unknown feature");
		assertFalse(validate(json.replaceFirst("\"type\": \"Channel\"", "\"type\": \"Channle\"")).isEmpty(), "an unknown class");
	}

	@Test
	void hostileTextIsExactInTheJson() throws Exception {
		String hostile = "<script>\"q\" \\\\ \u2028 \u202E 中文";
		Service service = Models.parse("service S \"" + hostile.replace("\"", "\\\"") + "\" { description \"a\\nb\" }");
		String json = new ModelJson().export(List.of(new ModelJson.File("s.svc", (Model) service.eContainer())));
		assertEquals(Set.of(), validate(json));
		JsonNode exported = MAPPER.readTree(json).get("files").get(0).get("elements").get(0);
		assertEquals(((Service) service).getLabel(), exported.get("label").asText());
		assertTrue(json.contains("\\u2028"), "a line separator is escaped for JavaScript readers");
	}

	@Test
	void sameModelSameBytes() {
		assertEquals(new ModelJson().export(exampleFiles()), new ModelJson().export(exampleFiles()));
		assertEquals(new ModelJsonSchema().schema(), new ModelJsonSchema().schema());
	}
}
