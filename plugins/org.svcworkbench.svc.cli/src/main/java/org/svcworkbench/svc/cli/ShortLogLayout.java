package org.svcworkbench.svc.cli;

import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * What Xtext logs, one line per event: "svc: ERROR ReadRequest: message (Exception: first line)".
 * No stack trace and no multi-line exception message: Xtext's message for a position outside a
 * document quotes the whole document, on every request. -Dsvc.debug=true prints stack traces.
 */
public class ShortLogLayout extends PatternLayout {

	private static final int LONGEST = 200;
	private static final boolean DEBUG = Boolean.getBoolean("svc.debug");

	@Override
	public String format(LoggingEvent event) {
		String line = super.format(event);
		ThrowableInformation thrown = event.getThrowableInformation();
		if (DEBUG || thrown == null || thrown.getThrowable() == null) {
			return line;
		}
		Throwable cause = thrown.getThrowable();
		String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
		int newline = message.indexOf('\n');
		message = newline >= 0 ? message.substring(0, newline) : message;
		message = message.length() > LONGEST ? message.substring(0, LONGEST) + "..." : message;
		return line.stripTrailing() + " (" + cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + ")"
				+ System.lineSeparator();
	}

	@Override
	public boolean ignoresThrowable() {
		return DEBUG; // false: the appender prints no stack trace after the line
	}
}
