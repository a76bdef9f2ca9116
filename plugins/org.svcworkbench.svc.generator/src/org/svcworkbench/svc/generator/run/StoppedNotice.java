package org.svcworkbench.svc.generator.run;

/**
 * What a user reads when the process is stopped while a run documents (Ctrl-C, a pipeline's
 * cancel): the state the output is left in and what to do, instead of a log that just ends. Each
 * file is written whole or not at all; the run as a whole is not, until the next one ends. Word the
 * notice before the run starts: a shutdown hook should load no classes it can help.
 */
public final class StoppedNotice implements AutoCloseable {
	private final Thread hook;

	/** Tells the notice (e.g. prints it) if the process is stopped before {@link #close}. */
	public StoppedNotice(Runnable tell) {
		hook = new Thread(tell, "svc-stopped");
		Runtime.getRuntime().addShutdownHook(hook);
	}

	/** The run ended: nothing to tell, and a long-lived process (Maven's) keeps no hook of ours. */
	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException stopping) {
			// the process is being stopped: the notice is being told
		}
	}
}
