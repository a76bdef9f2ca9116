package org.svcworkbench.svc.generator.checklist;

import java.util.List;

/**
 * A checklist of one service as a table of texts in the report's language: the same rows become a
 * Markdown task list, a CSV sheet and a JSON document. keys name the columns in JSON; the first
 * column is the task, the others say more about it. emptyNote says, in words, what no rows means;
 * punctuation joins a task's details in the Markdown list as the language writes them.
 */
public record Checklist(String id, String title, List<String> keys, List<String> columns, List<Row> rows, String emptyNote,
		Punctuation punctuation) {

	/** A checklist punctuated in English. */
	public Checklist(String id, String title, List<String> keys, List<String> columns, List<Row> rows, String emptyNote) {
		this(id, title, keys, columns, rows, emptyNote, Punctuation.ENGLISH);
	}

	/** "Call — Owner: Li; Due: …" in English, "回访——负责人：李；到期日：…" in Chinese. */
	public record Punctuation(String colon, String semicolon, String dash) {
		public static final Punctuation ENGLISH = new Punctuation(": ", "; ", " — ");
	}

	/** A row; done is true when the model already records it as done (an audit item that is met). */
	public record Row(List<String> cells, boolean done) {
	}
}
