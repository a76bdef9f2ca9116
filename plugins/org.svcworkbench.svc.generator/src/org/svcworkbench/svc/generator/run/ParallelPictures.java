package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.load.FolderPipeline;

/**
 * Pictures (PNG rasterising and encoding, the slow part of documenting) made on every core while
 * the run goes on with the next service, and written in the order they were asked for, so the
 * output is byte for byte what one thread writes. At most two pictures per thread wait: memory
 * stays bounded however many services a portfolio has. -Dsvc.threads=N caps the threads, as for
 * reading folder models. Each thread keeps one renderer, which reuses its pixels from picture to
 * picture; the threads and their pixels go with the run.
 */
final class ParallelPictures implements AutoCloseable {

	private record Pending(String path, Future<byte[]> bytes) {
	}

	private final OutputFolder output;
	private final int threads;
	private final ExecutorService pool;
	private final Deque<Pending> pending = new ArrayDeque<>();
	private final ThreadLocal<PngRenderer> renderers = ThreadLocal.withInitial(PngRenderer::new);

	ParallelPictures(OutputFolder output) {
		this.output = output;
		this.threads = FolderPipeline.threads();
		this.pool = Executors.newFixedThreadPool(threads, work -> {
			Thread thread = new Thread(work, "svc-pictures");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Makes the file's bytes on a pool thread with its renderer; writes the oldest waiting pictures first when too many wait. */
	void submit(String path, Function<PngRenderer, byte[]> picture) throws IOException {
		while (pending.size() >= 2 * threads) {
			writeOldest();
		}
		pending.add(new Pending(path, pool.submit(() -> picture.apply(renderers.get()))));
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
	}

	@Override
	public void close() {
		pool.shutdownNow(); // after a failure, pictures still under way are dropped with the run
	}
}
