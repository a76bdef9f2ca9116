package org.svcworkbench.svc.load;

import java.nio.file.Path;
import java.util.List;

/**
 * One finding in one file, positioned for people (1-based line and column) and for editors
 * (character offset and length, -1 when unknown), with the rule's data for quick fixes.
 */
public record SvcDiagnostic(Path file, int line, int column, Severity severity, String message, String code, int offset,
		int length, List<String> data) implements Comparable<SvcDiagnostic> {

	public SvcDiagnostic {
		data = data == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(data));
	}

	/** A finding positioned by line and column only. */
	public SvcDiagnostic(Path file, int line, int column, Severity severity, String message, String code) {
		this(file, line, column, severity, message, code, -1, 0, List.of());
	}

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	/** The form compilers use, which editors and CI logs turn into links. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message
				+ (code == null ? "" : " [" + code + "]");
	}

	@Override
	public int compareTo(SvcDiagnostic other) {
		int c = file.toString().compareTo(other.file.toString());
		if (c == 0) c = Integer.compare(line, other.line);
		if (c == 0) c = Integer.compare(column, other.column);
		if (c == 0) c = severity.compareTo(other.severity);
		if (c == 0) c = message.compareTo(other.message);
		return c;
	}
}
