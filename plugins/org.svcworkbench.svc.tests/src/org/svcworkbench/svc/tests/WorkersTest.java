package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.load.FolderPipeline;
import org.svcworkbench.svc.load.Workers;

/** The run's shared threads: the lowest-ranked stage's waiting work first, and each stage stopped on its own. */
class WorkersTest {

	@Test
	void aFreeThreadTakesTheLowestRankedStageFirstAndEachStageInOrder() throws Exception {
		try (Workers workers = new Workers(1, "test-worker")) {
			Workers.Stage first = workers.stage(0), second = workers.stage(1), third = workers.stage(2);
			CountDownLatch busy = new CountDownLatch(1), started = new CountDownLatch(1);
			third.submit(() -> { // holds the one thread while the others queue up
				started.countDown();
				return await(busy);
			});
			assertTrue(started.await(10, TimeUnit.SECONDS), "the one thread took the first task");
			List<String> ran = Collections.synchronizedList(new ArrayList<>());
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				String n = String.valueOf(i);
				all.add(third.submit(() -> ran.add("third " + n)));
				all.add(second.submit(() -> ran.add("second " + n)));
				all.add(first.submit(() -> ran.add("first " + n)));
			}
			busy.countDown();
			for (Future<?> future : all) {
				future.get(10, TimeUnit.SECONDS);
			}
			assertEquals(List.of("first 0", "first 1", "first 2", "second 0", "second 1", "second 2", "third 0", "third 1", "third 2"), ran);
		}
	}

	@Test
	void everyThreadWorksAndFailuresGoToWhoeverWaits() throws Exception {
		try (Workers workers = new Workers(3, "test-worker")) {
			Workers.Stage stage = workers.stage(0);
			assertEquals(3, stage.threads());
			Set<String> threads = ConcurrentHashMap.newKeySet();
			CountDownLatch all = new CountDownLatch(3);
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				futures.add(stage.submit(() -> {
					threads.add(Thread.currentThread().getName());
					all.countDown();
					return await(all); // only returns once three run at once
				}));
			}
			for (Future<?> future : futures) {
				future.get(10, TimeUnit.SECONDS);
			}
			assertEquals(Set.of("test-worker-1", "test-worker-2", "test-worker-3"), threads);
			IllegalStateException broken = new IllegalStateException("broken");
			ExecutionException thrown = assertThrows(ExecutionException.class, () -> stage.submit(() -> {
				throw broken;
			}).get(10, TimeUnit.SECONDS));
			assertSame(broken, thrown.getCause());
			assertEquals("after", stage.submit(() -> "after").get(10, TimeUnit.SECONDS), "the thread goes on after a failed task");
		}
	}

	@Test
	void shuttingAStageDownDropsItsWaitingWorkAndLeavesTheOthers() throws Exception {
		try (Workers workers = new Workers(1, "test-worker")) {
			Workers.Stage dropped = workers.stage(0), kept = workers.stage(1);
			CountDownLatch busy = new CountDownLatch(1), started = new CountDownLatch(1);
			Future<?> underWay = dropped.submit(() -> {
				started.countDown();
				return await(busy);
			});
			started.await(10, TimeUnit.SECONDS);
			Future<String> waitingDropped = dropped.submit(() -> "never");
			Future<String> waitingKept = kept.submit(() -> "kept");
			assertEquals(1, dropped.shutdownNow().size(), "the waiting task is handed back");
			assertFalse(dropped.awaitTermination(50, TimeUnit.MILLISECONDS), "the task under way still runs");
			assertThrows(RejectedExecutionException.class, () -> dropped.submit(() -> "late"));
			busy.countDown();
			assertTrue(dropped.awaitTermination(10, TimeUnit.SECONDS));
			underWay.get(10, TimeUnit.SECONDS);
			assertFalse(waitingDropped.isDone(), "a dropped task never ran");
			assertEquals("kept", waitingKept.get(10, TimeUnit.SECONDS));
			assertFalse(kept.isShutdown());
		}
	}

	@Test
	void cancellingATaskUnderWayLeavesItsThreadWorking() throws Exception {
		try (Workers workers = new Workers(1, "test-worker")) {
			Workers.Stage stage = workers.stage(0);
			CountDownLatch started = new CountDownLatch(1);
			Future<?> sleeping = stage.submit(() -> {
				started.countDown();
				Thread.sleep(60_000);
				return null;
			});
			started.await(10, TimeUnit.SECONDS);
			sleeping.cancel(true);
			assertEquals("next", stage.submit(() -> Thread.currentThread().isInterrupted() ? "interrupted" : "next").get(10, TimeUnit.SECONDS));
		}
	}

	@Test
	void closingStopsTheThreads() throws Exception {
		Workers workers = new Workers(2, "closing-worker");
		workers.stage(0).submit(() -> "warm").get(10, TimeUnit.SECONDS);
		workers.close();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("closing-worker")) && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("closing-worker")));
	}

	@Test
	void aPipelineOnASharedStageComesInFolderOrderAndLeavesTheThreadsRunning() throws Exception {
		Map<Path, List<Path>> folders = new TreeMap<>();
		for (int i = 0; i < 10; i++) {
			folders.put(Path.of(String.format("f%02d", i)), List.of());
		}
		try (Workers workers = new Workers(2, "test-worker")) {
			List<String> seen = new ArrayList<>();
			Set<String> threads = ConcurrentHashMap.newKeySet();
			try (var results = FolderPipeline.start(folders, folder -> {
				threads.add(Thread.currentThread().getName());
				sleep(folder.getKey().toString().endsWith("1") ? 40 : 2);
				return folder.getKey().toString();
			}, workers.stage(2))) {
				results.forEach(seen::add);
			}
			assertEquals(folders.keySet().stream().map(Path::toString).toList(), seen);
			assertTrue(threads.stream().anyMatch(t -> t.startsWith("test-worker")), "the folders after the first ran on the shared threads: " + threads);
			assertEquals("still", workers.stage(0).submit(() -> "still").get(10, TimeUnit.SECONDS), "closing the pipeline left the threads alone");
		}
	}

	private static Void await(CountDownLatch latch) throws InterruptedException {
		assertTrue(latch.await(10, TimeUnit.SECONDS), "the test's other side came");
		return null;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
