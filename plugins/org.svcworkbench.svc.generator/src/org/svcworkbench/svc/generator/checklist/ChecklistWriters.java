package org.svcworkbench.svc.generator.checklist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.JsonText;
import org.svcworkbench.svc.generator.MarkdownEscaping;
import org.svcworkbench.svc.words.BidiIsolation;

/**
 * A checklist in three formats: a Markdown task list, CSV (RFC 4180, UTF-8 with a byte-order mark
 * so that spreadsheet programs read Chinese right, cells that a spreadsheet would run as a formula
 * neutralised) and JSON. Pure functions of the checklist.
 */
public final class ChecklistWriters {

	private final MarkdownEscaping markdown = new MarkdownEscaping();

	public List<GeneratedFile> write(String folder, Checklist checklist) {
		String base = folder + "/checklists/" + checklist.id();
		List<GeneratedFile> files = new ArrayList<>();
		files.add(GeneratedFile.text(base + ".md", markdown(checklist)));
		files.add(new GeneratedFile(base + ".csv", csv(checklist)));
		files.add(GeneratedFile.text(base + ".json", json(checklist)));
		return files;
	}

	/** "- [ ] task — column: value; column: value" per row, under the title. */
	String markdown(Checklist checklist) {
		StringBuilder out = new StringBuilder("# ").append(markdown.escape(checklist.title())).append("\n\n");
		if (checklist.rows().isEmpty()) {
			out.append(markdown.escape(checklist.emptyNote())).append('\n');
		}
		for (Checklist.Row row : checklist.rows()) {
			out.append(row.done() ? "- [x] " : "- [ ] ").append(markdown.escape(row.cells().get(0)));
			List<String> details = new ArrayList<>();
			for (int i = 1; i < row.cells().size(); i++) {
				if (!row.cells().get(i).isEmpty()) {
					details.add(markdown.escape(checklist.columns().get(i)) + checklist.punctuation().colon() + markdown.escape(row.cells().get(i)));
				}
			}
			if (!details.isEmpty()) {
				out.append(checklist.punctuation().dash()).append(String.join(checklist.punctuation().semicolon(), details));
			}
			out.append('\n');
		}
		return out.toString();
	}

	byte[] csv(Checklist checklist) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(checklist.columns(), out);
		for (Checklist.Row row : checklist.rows()) {
			line(row.cells(), out);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(List<String> cells, StringBuilder out) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(csvCell(cells.get(i)));
		}
		out.append("\r\n");
	}

	/**
	 * Quoted when it must be; a leading =, +, -, @ (or tab, carriage return) is prefixed with ' so it
	 * stays text; bidirectional controls are isolated ({@link BidiIsolation}).
	 */
	static String csvCell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		text = BidiIsolation.isolate(text);
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	String json(Checklist checklist) {
		return JsonText.of(json -> {
			json.beginObject();
			json.name("checklist").value(checklist.id());
			json.name("title").value(checklist.title());
			json.name("items").beginArray();
			for (Checklist.Row row : checklist.rows()) {
				json.beginObject();
				for (int i = 0; i < checklist.keys().size(); i++) {
					json.name(checklist.keys().get(i)).value(row.cells().get(i));
				}
				json.name("done").value(row.done());
				json.endObject();
			}
			json.endArray();
			json.endObject();
		});
	}
}
