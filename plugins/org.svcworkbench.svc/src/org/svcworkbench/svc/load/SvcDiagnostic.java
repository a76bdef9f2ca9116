package org.svcworkbench.svc.load;

import java.nio.file.Path;

/** One finding in one file, positioned for people: 1-based line and column. */
public record SvcDiagnostic(Path file, int line, int column, Severity severity, String message, String code)
		implements Comparable<SvcDiagnostic> {

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
