package org.svcworkbench.svc.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one job per folder model on a few threads and hands the results to the caller in folder
 * order, so what a command prints or writes does not depend on which thread finished first.
 * <p>
 * Folder models are independent: each has its own resource set, and what the injector shares
 * (grammar, parser, validators, value converters) is built to be used by several threads, as
 * Xtext's own parallel loading and Eclipse's builder threads use it. The first folder still runs
 * alone on the caller's thread, so the few tables that are filled lazily on first use (check
 * methods, value converters, EMF's metadata holders) are filled before threads could race for them.
 * <p>
 * At most twice as many results as threads wait for the caller, which bounds memory: a result
 * holds its folder's models until the caller is done with it.
 */
public final class FolderPipeline {

	/** {@code -Dsvc.threads=N} caps the threads; 1 runs every folder on the caller's thread. */
	public static final String THREADS_PROPERTY = "svc.threads";

	private FolderPipeline() {
	}

	/**
	 * Applies the job to every folder (folder → its requested files) and gives the results in the
	 * folders' order, as they are iterated; close the results to stop the threads. An exception
	 * from a job is thrown when its folder's turn comes, as it would be without threads.
	 */
	public static <R> Results<R> start(Map<Path, List<Path>> folders, Function<Map.Entry<Path, List<Path>>, R> job) {
		return start(folders, job, threads());
	}

	/** {@link #start} on at most the given number of threads, 1 being the caller's alone. */
	public static <R> Results<R> start(Map<Path, List<Path>> folders, Function<Map.Entry<Path, List<Path>>, R> job, int threads) {
		return new Results<>(List.copyOf(folders.entrySet()), job, Math.max(1, Math.min(threads, folders.size() - 1)), null);
	}

	/**
	 * {@link #start} on a stage of threads the caller shares with other work (and closes itself):
	 * closing the results drops this pipeline's waiting folders and leaves the threads running.
	 */
	public static <R> Results<R> start(Map<Path, List<Path>> folders, Function<Map.Entry<Path, List<Path>>, R> job, Workers.Stage stage) {
		return new Results<>(List.copyOf(folders.entrySet()), job, Math.max(1, Math.min(stage.threads(), folders.size() - 1)), stage);
	}

	/** {@link #start} for a caller that only consumes the results, in folder order. */
	public static <R> void inFolderOrder(Map<Path, List<Path>> folders, Function<Map.Entry<Path, List<Path>>, R> job,
			Consumer<? super R> consumer) {
		try (Results<R> results = start(folders, job)) {
			results.forEach(consumer);
		}
	}

	/** The results of one run, once through, in folder order. */
	public static final class Results<R> implements Iterable<R>, AutoCloseable {
		private final List<Map.Entry<Path, List<Path>>> folders;
		private final Function<Map.Entry<Path, List<Path>>, R> job;
		private final int threads;
		private final ArrayDeque<Future<R>> waiting = new ArrayDeque<>();
		/** The threads of another owner, or null: then this pipeline starts its own and stops them when closed. */
		private final ExecutorService shared;
		private ExecutorService pool;
		private int next;
		private boolean iterated;

		private Results(List<Map.Entry<Path, List<Path>>> folders, Function<Map.Entry<Path, List<Path>>, R> job, int threads,
				ExecutorService shared) {
			this.folders = folders;
			this.job = job;
			this.threads = threads;
			this.shared = shared;
		}

		@Override
		public Iterator<R> iterator() {
			if (iterated) {
				throw new IllegalStateException("the folder results can be read once");
			}
			iterated = true;
			return new Iterator<>() {
				@Override
				public boolean hasNext() {
					return next < folders.size() || !waiting.isEmpty();
				}

				@Override
				public R next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					if (next == 0 || threads <= 1) {
						return job.apply(folders.get(next++)); // the first alone: see the class comment
					}
					if (pool == null) {
						pool = shared != null ? shared : Executors.newFixedThreadPool(threads, daemonThreads());
					}
					while (next < folders.size() && waiting.size() < 2 * threads) {
						Map.Entry<Path, List<Path>> folder = folders.get(next++);
						waiting.add(pool.submit(() -> job.apply(folder)));
					}
					return resultOf(waiting.poll());
				}
			};
		}

		@Override
		public void close() {
			if (shared != null) {
				waiting.forEach(future -> future.cancel(true));
			} else if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	/**
	 * One thread per processor, unless {@value #THREADS_PROPERTY} says otherwise; a value that is
	 * not a positive number is ignored (it only tunes speed, never what is found).
	 */
	public static int threads() {
		int processors = Runtime.getRuntime().availableProcessors();
		String property = System.getProperty(THREADS_PROPERTY);
		if (property == null) {
			return processors;
		}
		try {
			int wanted = Integer.parseInt(property.trim());
			return wanted > 0 ? wanted : processors;
		} catch (NumberFormatException e) {
			return processors;
		}
	}

	private static <R> R resultOf(Future<R> future) {
		try {
			return future.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted while waiting for a folder model");
		}
	}

	/** Daemon threads: a command that fails never waits for folders nobody will read. */
	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "svc-folder-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}
}
