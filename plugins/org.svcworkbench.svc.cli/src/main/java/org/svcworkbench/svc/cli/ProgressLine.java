package org.svcworkbench.svc.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * One line on standard error that a long run rewrites in place ("120/1000 files documented"),
 * shown only on a terminal and only once the run has taken a moment; cleared before any other
 * output and at the end, so that logs and pipes never see it.
 */
final class ProgressLine {
	static final long DELAY_MILLIS = 700;
	private static final long INTERVAL_NANOS = 100_000_000L;

	private final PrintWriter err;
	private final boolean enabled;
	private final long showFrom;
	private long lastShown;
	private int width;

	ProgressLine(PrintWriter err, boolean enabled, long delayMillis) {
		this.err = err;
		this.enabled = enabled;
		this.showFrom = System.nanoTime() + delayMillis * 1_000_000L;
		this.lastShown = Long.MIN_VALUE / 2;
	}

	/** Standard error and output go to a terminal (JDK 22+ says so itself; JDK 21 has a console only then). */
	static boolean onTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	void show(String text) {
		long now = System.nanoTime();
		if (!enabled || now < showFrom || now - lastShown < INTERVAL_NANOS) {
			return;
		}
		lastShown = now;
		err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
		err.flush();
		width = text.length();
	}

	void clear() {
		if (width > 0) {
			err.print("\r" + " ".repeat(width) + "\r");
			err.flush();
			width = 0;
		}
	}
}
