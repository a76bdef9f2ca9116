package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.generator.run.Manifest.Finding;
import org.svcworkbench.svc.generator.run.Manifest.Folder;
import org.svcworkbench.svc.generator.run.Manifest.Service;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * The manifest as JSON, through Gson's streaming reader and writer: the same text Gson's binding of
 * the records wrote (keys in the order of the records' components, nulls left out), which read the
 * old manifests and writes ones the old version reads. The binding loaded some 160 classes into every
 * documenting run (its type adapters, and java.sql for dates) and bound each record by reflection.
 */
public final class ManifestJson {

	/** What reads one value of a list. */
	@FunctionalInterface
	private interface Element<T> {
		T read(JsonReader in) throws IOException;
	}

	/** What writes one value of a list. */
	@FunctionalInterface
	private interface Writes<T> {
		void write(JsonWriter out, T value) throws IOException;
	}

	public static void write(Manifest manifest, Writer to) throws IOException {
		JsonWriter out = new JsonWriter(to);
		out.setSerializeNulls(false);
		out.beginObject();
		out.name("format").value(manifest.format());
		out.name("settings").value(manifest.settings());
		out.name("jsonSize").value(manifest.jsonSize());
		list(out, "folders", manifest.folders(), ManifestJson::folder);
		list(out, "shared", manifest.shared(), JsonWriter::value);
		out.endObject();
		out.flush();
	}

	/** The manifest in the text; keys it does not know are skipped, missing ones are null (or 0). */
	public static Manifest read(Reader from) throws IOException {
		JsonReader in = new JsonReader(from);
		if (in.peek() == JsonToken.NULL) {
			in.nextNull();
			return null;
		}
		String format = null;
		String settings = null;
		long jsonSize = 0;
		List<Folder> folders = null;
		List<String> shared = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "format" -> format = string(in);
				case "settings" -> settings = string(in);
				case "jsonSize" -> jsonSize = in.nextLong();
				case "folders" -> folders = list(in, ManifestJson::folder);
				case "shared" -> shared = list(in, ManifestJson::string);
				default -> in.skipValue();
			}
		}
		in.endObject();
		if (in.peek() != JsonToken.END_DOCUMENT) {
			throw new MalformedJsonException("text after the manifest at " + in.getPath());
		}
		return new Manifest(format, settings, jsonSize, folders, shared);
	}

	/** One folder's entry, as the manifest holds it (the run's journal writes them one by one). */
	static void folder(JsonWriter out, Folder folder) throws IOException {
		out.beginObject();
		out.name("folder").value(folder.folder());
		out.name("hash").value(folder.hash());
		out.name("stamp").value(folder.stamp());
		out.name("stampedAt").value(folder.stampedAt());
		out.name("files").value(folder.files());
		list(out, "written", folder.written(), JsonWriter::value);
		list(out, "services", folder.services(), ManifestJson::service);
		list(out, "findings", folder.findings(), ManifestJson::finding);
		out.name("jsonStart").value(folder.jsonStart());
		out.name("jsonEnd").value(folder.jsonEnd());
		out.name("indexId").value(folder.indexId());
		out.endObject();
	}

	static Folder folder(JsonReader in) throws IOException {
		String folder = null;
		String hash = null;
		String stamp = null;
		long stampedAt = 0;
		int files = 0;
		List<String> written = null;
		List<Service> services = null;
		List<Finding> findings = null;
		long jsonStart = 0;
		long jsonEnd = 0;
		String indexId = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "folder" -> folder = string(in);
				case "hash" -> hash = string(in);
				case "stamp" -> stamp = string(in);
				case "stampedAt" -> stampedAt = in.nextLong();
				case "files" -> files = in.nextInt();
				case "written" -> written = list(in, ManifestJson::string);
				case "services" -> services = list(in, ManifestJson::service);
				case "findings" -> findings = list(in, ManifestJson::finding);
				case "jsonStart" -> jsonStart = in.nextLong();
				case "jsonEnd" -> jsonEnd = in.nextLong();
				case "indexId" -> indexId = string(in);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new Folder(folder, hash, stamp, stampedAt, files, written, services, findings, jsonStart, jsonEnd, indexId);
	}

	private static void service(JsonWriter out, Service service) throws IOException {
		out.beginObject();
		out.name("name").value(service.name());
		out.name("file").value(service.file());
		out.name("serviceFolder").value(service.serviceFolder());
		if (service.summary() != null) {
			out.name("summary");
			summary(out, service.summary());
		}
		out.name("inputs").value(service.inputs());
		out.name("missingGlyphs").value(service.missingGlyphs());
		out.name("errorLine").value(service.errorLine());
		out.name("errorFile").value(service.errorFile());
		out.endObject();
	}

	private static Service service(JsonReader in) throws IOException {
		String name = null;
		String file = null;
		String serviceFolder = null;
		ServiceSummary summary = null;
		String inputs = null;
		String missingGlyphs = null;
		Integer errorLine = null;
		String errorFile = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "name" -> name = string(in);
				case "file" -> file = string(in);
				case "serviceFolder" -> serviceFolder = string(in);
				case "summary" -> summary = orNull(in, ManifestJson::summary);
				case "inputs" -> inputs = string(in);
				case "missingGlyphs" -> missingGlyphs = string(in);
				case "errorLine" -> errorLine = orNull(in, JsonReader::nextInt);
				case "errorFile" -> errorFile = string(in);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new Service(name, file, serviceFolder, summary, inputs, missingGlyphs, errorLine, errorFile);
	}

	private static void summary(JsonWriter out, ServiceSummary summary) throws IOException {
		out.beginObject();
		out.name("folder").value(summary.folder());
		out.name("title").value(summary.title());
		list(out, "segments", summary.segments(), JsonWriter::value);
		out.name("described").value(summary.described());
		ServiceView.Survey survey = summary.survey();
		if (survey != null) {
			out.name("survey").beginObject();
			list(out, "items", survey.items(), ManifestJson::surveyRow);
			out.name("total").value(survey.total());
			out.name("level").value(survey.level());
			out.endObject();
		}
		list(out, "portfolios", summary.portfolios(), (json, portfolio) -> {
			json.beginObject();
			json.name("title").value(portfolio.title());
			json.name("description").value(portfolio.description());
			json.endObject();
		});
		out.endObject();
	}

	private static ServiceSummary summary(JsonReader in) throws IOException {
		String folder = null;
		String title = null;
		List<String> segments = List.of();
		long described = 0;
		ServiceView.Survey survey = null;
		List<ServiceView.Portfolio> portfolios = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "folder" -> folder = string(in);
				case "title" -> title = string(in);
				case "segments" -> segments = orEmpty(list(in, ManifestJson::string));
				case "described" -> described = in.nextLong();
				case "survey" -> survey = orNull(in, ManifestJson::survey);
				case "portfolios" -> portfolios = list(in, ManifestJson::portfolio);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new ServiceSummary(folder, title, segments, described, survey, portfolios);
	}

	private static ServiceView.Survey survey(JsonReader in) throws IOException {
		List<ServiceView.SurveyRow> items = null;
		String total = null;
		String level = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "items" -> items = list(in, ManifestJson::surveyRow);
				case "total" -> total = string(in);
				case "level" -> level = string(in);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new ServiceView.Survey(items, total, level);
	}

	private static void surveyRow(JsonWriter out, ServiceView.SurveyRow row) throws IOException {
		out.beginObject();
		out.name("item").value(row.item());
		out.name("weight").value(row.weight());
		out.name("rating").value(row.rating());
		out.name("score").value(row.score());
		out.endObject();
	}

	private static ServiceView.SurveyRow surveyRow(JsonReader in) throws IOException {
		String[] values = new String[4];
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "item" -> values[0] = string(in);
				case "weight" -> values[1] = string(in);
				case "rating" -> values[2] = string(in);
				case "score" -> values[3] = string(in);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new ServiceView.SurveyRow(values[0], values[1], values[2], values[3]);
	}

	private static ServiceView.Portfolio portfolio(JsonReader in) throws IOException {
		String title = null;
		String description = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "title" -> title = string(in);
				case "description" -> description = string(in);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new ServiceView.Portfolio(title, description);
	}

	private static void finding(JsonWriter out, Finding finding) throws IOException {
		out.beginObject();
		out.name("file").value(finding.file());
		out.name("line").value(finding.line());
		out.name("column").value(finding.column());
		out.name("severity").value(finding.severity());
		out.name("message").value(finding.message());
		out.name("code").value(finding.code());
		out.endObject();
	}

	private static Finding finding(JsonReader in) throws IOException {
		String file = null;
		int line = 0;
		int column = 0;
		String severity = null;
		String message = null;
		String code = null;
		in.beginObject();
		while (in.hasNext()) {
			switch (in.nextName()) {
				case "file" -> file = string(in);
				case "line" -> line = in.nextInt();
				case "column" -> column = in.nextInt();
				case "severity" -> severity = string(in);
				case "message" -> message = string(in);
				case "code" -> code = string(in);
				default -> in.skipValue();
			}
		}
		in.endObject();
		return new Finding(file, line, column, severity, message, code);
	}

	/** A list under its key; left out when null, as the binding did. */
	private static <T> void list(JsonWriter out, String key, List<T> values, Writes<T> each) throws IOException {
		if (values == null) {
			return;
		}
		out.name(key).beginArray();
		for (T value : values) {
			each.write(out, value);
		}
		out.endArray();
	}

	private static <T> List<T> list(JsonReader in, Element<T> each) throws IOException {
		return orNull(in, json -> {
			List<T> values = new ArrayList<>();
			json.beginArray();
			while (json.hasNext()) {
				values.add(orNull(json, each));
			}
			json.endArray();
			return values;
		});
	}

	private static <T> T orNull(JsonReader in, Element<T> value) throws IOException {
		if (in.peek() == JsonToken.NULL) {
			in.nextNull();
			return null;
		}
		return value.read(in);
	}

	private static String string(JsonReader in) throws IOException {
		return orNull(in, JsonReader::nextString);
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return values == null ? List.of() : values;
	}

	private ManifestJson() {
	}
}
