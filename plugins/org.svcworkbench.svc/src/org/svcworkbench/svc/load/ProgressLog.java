package org.svcworkbench.svc.load;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.svcworkbench.svc.words.Findings;

/**
 * How far a long goal has got, as a line in the build's log now and then ("4000 of 10000 .svc
 * files checked"): a build server's log that stays silent for a minute looks hung. A run shorter
 * than the interval logs nothing, so a small project's log stays as it was. The Maven plugin logs
 * these lines; the command line prints them where it has no terminal for its progress line.
 */
public final class ProgressLog {

	static final long INTERVAL_NANOS = 10_000_000_000L;

	private final Consumer<String> log;
	private final Findings words;
	private final LongSupplier clock;
	private long next;

	/** Lines in the findings' language. */
	public ProgressLog(Consumer<String> log, Findings words) {
		this(log, words, System::nanoTime);
	}

	public ProgressLog(Consumer<String> log, Findings words, LongSupplier clock) {
		this.log = log;
		this.words = words;
		this.clock = clock;
		this.next = clock.getAsLong() + INTERVAL_NANOS;
	}

	/** Logs the count when an interval has passed since the start or the last line; the end itself is the goal's summary. */
	public void checked(int done, int total) {
		long now = clock.getAsLong();
		if (now - next < 0 || done >= total) {
			return;
		}
		next = now + INTERVAL_NANOS;
		log.accept(words.text("run.progress.checked", done, total));
	}
}
