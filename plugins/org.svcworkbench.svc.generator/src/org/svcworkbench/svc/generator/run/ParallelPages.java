package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.svcworkbench.svc.load.Workers;

/**
 * Folders made into files on every core, finished in the order they were submitted: the main thread
 * hands out names and records, the pool draws, renders and writes. At most one folder more than there are
 * threads is made or waits, so memory stays bounded however large the portfolio. Each folder's model is read by
 * one pool thread, or by several for a large folder documented in parts (DocumentationRun.prepareInParts
 * readies it for that). The threads are the run's (Workers), shared with checking and pictures.
 */
final class ParallelPages<T> implements AutoCloseable {

	/** What is done with a made folder, on the thread that submits. */
	interface Finisher<T> {
		void finish(T made) throws IOException;
	}

	private final int threads;
	private final ExecutorService pool;
	private final Deque<Future<T>> pending = new ArrayDeque<>();

	ParallelPages(Workers.Stage stage) {
		this.threads = stage.threads();
		this.pool = stage;
	}

	/** Makes the folder on the pool; finishes the oldest waiting ones first when too many wait. */
	void submit(Callable<T> make, Finisher<T> finisher) throws IOException {
		while (pending.size() > threads) {
			finishOldest(finisher);
		}
		pending.add(pool.submit(make));
	}

	/** Finishes every waiting folder, in order. */
	void drain(Finisher<T> finisher) throws IOException {
		while (!pending.isEmpty()) {
			finishOldest(finisher);
		}
	}

	private void finishOldest(Finisher<T> finisher) throws IOException {
		T made = PoolResults.get(pending.poll(), "the documentation of a folder");
		finisher.finish(made);
	}

	/**
	 * Stops this stage; folders still waiting (after a failure or a cancel) are dropped. A folder
	 * under way writes each file whole or not at all: it is waited for, so that nothing is written
	 * into the output after the run has returned (the next run may already be sweeping it).
	 */
	@Override
	public void close() {
		pending.forEach(future -> future.cancel(true));
		pool.shutdownNow();
		try {
			pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
