package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.load.Workers;

/**
 * Pictures (PNG rasterising and encoding, the slow part of documenting) made on every core while
 * the run goes on with the next service, and written in the order they were asked for, so the
 * output is byte for byte what one thread writes. At most two pictures per thread wait: memory
 * stays bounded however many services a portfolio has. The threads are the run's (Workers), shared
 * with checking and pages; pictures go first. Each thread keeps one renderer, which reuses its pixels
 * from picture to picture; the renderers go with the run.
 */
final class ParallelPictures implements AutoCloseable {

	private record Pending(String path, Future<byte[]> bytes, List<Action> after) {
	}

	/** What is done once the pictures asked for before it are written. */
	@FunctionalInterface
	interface Action {
		void run() throws IOException;
	}

	private final OutputFolder output;
	private final int threads;
	private final ExecutorService pool;
	private final Deque<Pending> pending = new ArrayDeque<>();
	private final ThreadLocal<PngRenderer> renderers = ThreadLocal.withInitial(PngRenderer::new);

	ParallelPictures(OutputFolder output, Workers.Stage stage) {
		this.output = output;
		this.threads = stage.threads();
		this.pool = stage;
	}

	/** Makes the file's bytes on a pool thread with its renderer; writes the oldest waiting pictures first when too many wait. */
	void submit(String path, Function<PngRenderer, byte[]> picture) throws IOException {
		while (pending.size() >= 2 * threads) {
			writeOldest();
		}
		pending.add(new Pending(path, pool.submit(() -> picture.apply(renderers.get())), new ArrayList<>(1)));
	}

	/** Does it once every picture asked for so far is written: now when none waits. */
	void afterWritten(Action action) throws IOException {
		if (pending.isEmpty()) {
			action.run();
		} else {
			pending.peekLast().after().add(action);
		}
	}

	/** Writes every waiting picture, in the order they were asked for. */
	void drain() throws IOException {
		while (!pending.isEmpty()) {
			writeOldest();
		}
	}

	private void writeOldest() throws IOException {
		Pending next = pending.poll();
		byte[] bytes = PoolResults.get(next.bytes(), next.path());
		output.write(new GeneratedFile(next.path(), bytes));
		for (Action action : next.after()) {
			action.run();
		}
	}

	@Override
	public void close() {
		pending.forEach(picture -> picture.bytes().cancel(true)); // after a failure, pictures still under way are dropped with the run
		pool.shutdownNow();
	}
}
