package org.svcworkbench.svc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One set of threads, one per core, shared by the stages of a run (checking folders, making their
 * pages, painting their pictures) instead of a pool per stage. With a pool per stage a 2-core
 * machine ran six busy threads, and the same documentation took 15-20% more CPU time than with
 * three (threads taking turns on a core, and profiled code run by several of them at once:
 * releng/benchmarks/HISTORY.md, 2026-12-06, twenty-fourth session). A free thread takes the oldest
 * waiting task of the lowest-ranked stage that has one: the stage nearest to the output goes
 * first, so the work already under way leaves memory before more is begun.
 * <p>
 * Each {@link Stage} is an executor of its own: shutting it down drops its waiting tasks and
 * leaves the other stages' alone. The threads are daemons (a failed command never waits for them)
 * with the creating thread's context class loader (a Maven plugin's realm); {@link #close} stops them.
 */
public final class Workers implements AutoCloseable {

	private final PriorityBlockingQueue<Task> waiting = new PriorityBlockingQueue<>();
	private final List<Thread> threads = new ArrayList<>();
	private final AtomicLong submitted = new AtomicLong();
	private volatile boolean closed;

	/** Starts count threads named after the name given. */
	public Workers(int count, String name) {
		if (count < 1) {
			throw new IllegalArgumentException("at least one thread, not " + count);
		}
		for (int i = 1; i <= count; i++) {
			Thread thread = new Thread(this::work, name + "-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	/** A stage whose tasks go before those of stages of a higher rank; tasks of one rank go in the order given. */
	public Stage stage(int rank) {
		return new Stage(rank);
	}

	/** Stops the threads; a task under way is interrupted. */
	@Override
	public void close() {
		closed = true;
		threads.forEach(Thread::interrupt);
	}

	private void work() {
		try {
			while (!closed) {
				Task task = waiting.take();
				try {
					task.work().run(); // a FutureTask: what it throws goes to whoever waits for it
				} finally {
					task.stage().done();
				}
				Thread.interrupted(); // an interrupt meant for that task (its stage shut down) is not the thread's
			}
		} catch (InterruptedException e) {
			// closed
		}
	}

	private record Task(Stage stage, long order, Runnable work) implements Comparable<Task> {
		@Override
		public int compareTo(Task other) {
			int byRank = Integer.compare(stage.rank, other.stage.rank);
			return byRank != 0 ? byRank : Long.compare(order, other.order);
		}
	}

	/** The tasks of one stage, on the shared threads. */
	public final class Stage extends AbstractExecutorService {
		private final int rank;
		/** Tasks given and not yet finished or dropped. */
		private final AtomicInteger unfinished = new AtomicInteger();
		private volatile boolean shutDown;

		private Stage(int rank) {
			this.rank = rank;
		}

		/** How many threads may run this stage's tasks at once. */
		public int threads() {
			return threads.size();
		}

		@Override
		public void execute(Runnable work) {
			if (shutDown) {
				throw new java.util.concurrent.RejectedExecutionException("this stage is shut down");
			}
			unfinished.incrementAndGet();
			waiting.add(new Task(this, submitted.incrementAndGet(), work));
		}

		private void done() {
			if (unfinished.decrementAndGet() == 0) {
				synchronized (this) {
					notifyAll();
				}
			}
		}

		@Override
		public void shutdown() {
			shutDown = true;
		}

		/** Drops this stage's waiting tasks and returns them; tasks under way go on (cancel their futures to interrupt them). */
		@Override
		public List<Runnable> shutdownNow() {
			shutDown = true;
			List<Runnable> dropped = new ArrayList<>();
			waiting.removeIf(task -> {
				if (task.stage() != this) {
					return false;
				}
				dropped.add(task.work());
				return true;
			});
			dropped.forEach(work -> done());
			return dropped;
		}

		@Override
		public boolean isShutdown() {
			return shutDown;
		}

		@Override
		public boolean isTerminated() {
			return shutDown && unfinished.get() == 0;
		}

		@Override
		public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
			long end = System.nanoTime() + unit.toNanos(timeout);
			synchronized (this) {
				while (!isTerminated()) {
					long left = end - System.nanoTime();
					if (left <= 0) {
						return false;
					}
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
			}
			return true;
		}
	}
}
