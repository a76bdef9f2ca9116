package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work done on a pool, with what went wrong there thrown as it was thrown. */
final class PoolResults {
	private PoolResults() {
	}

	/** Waits for the result; an I/O failure stays one, and anything else unexpected says what was being made. */
	static <T> T get(Future<T> future, String what) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while making " + what, e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException("could not make " + what + ": " + cause, cause);
		}
	}
}
