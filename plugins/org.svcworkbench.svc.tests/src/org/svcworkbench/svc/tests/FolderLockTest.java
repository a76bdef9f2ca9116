package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.load.FolderLock;

/**
 * Two runs writing one output folder: the second waits for the first, says so, and goes on when it
 * is done; what a killed run leaves behind never blocks the next one.
 */
class FolderLockTest {

	private static final FolderLock.Waiting ALONE = holder -> fail("nothing else writes here, yet " + holder + " held the folder");

	@Test
	void aSecondRunWaitsUntilTheFirstIsDoneAndSaysWhy(@TempDir Path out) throws Exception {
		List<String> told = new CopyOnWriteArrayList<>();
		CompletableFuture<FolderLock> second;
		try (FolderLock first = FolderLock.acquire(out, ALONE)) {
			assertEquals("process " + ProcessHandle.current().pid(), Files.readString(out.resolve(FolderLock.FILE)).strip(),
					"the lock file names its holder for a run in another process");
			second = CompletableFuture.supplyAsync(() -> {
				try {
					return FolderLock.acquire(out, told::add);
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			assertThrows(TimeoutException.class, () -> second.get(400, TimeUnit.MILLISECONDS), "the second run waits");
			assertEquals(List.of("another run in this process"), told, "and says once what it waits for");
		}
		try (FolderLock taken = second.get(5, TimeUnit.SECONDS)) {
			assertEquals(out.toRealPath(), taken.folder());
		}
		assertFalse(Files.exists(out.resolve(FolderLock.FILE)), "nothing of the lock is left in the output");
	}

	@Test
	void aRunStopsWaitingWhenCancelled(@TempDir Path out) throws Exception {
		try (FolderLock first = FolderLock.acquire(out, ALONE)) {
			List<String> told = new CopyOnWriteArrayList<>();
			assertTimeoutPreemptively(Duration.ofSeconds(5),
					() -> assertThrows(InterruptedIOException.class, () -> FolderLock.acquire(out, cancelledOnceTold(told))));
			assertEquals(List.of("another run in this process"), told);
		}
		try (FolderLock again = FolderLock.acquire(out, ALONE)) {
			// a cancelled wait holds nothing
		}
	}

	@Test
	void whatAKilledRunLeftBehindDoesNotBlockTheNext(@TempDir Path out) throws Exception {
		Path file = out.resolve(FolderLock.FILE);
		// killed while writing: the system freed its lock, its file names it still
		Files.writeString(file, "process 999999\n");
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FolderLock.acquire(out, ALONE).close());
		// killed between marking the file released and removing it
		Files.writeString(file, "released\n");
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FolderLock.acquire(out, ALONE).close());
		assertFalse(Files.exists(file));
	}

	@Test
	void aFolderNamedTwoWaysIsOneFolder(@TempDir Path dir) throws Exception {
		Path out = Files.createDirectories(dir.resolve("out"));
		Path other = dir.resolve("out/../out");
		try (FolderLock first = FolderLock.acquire(out, ALONE)) {
			List<String> told = new CopyOnWriteArrayList<>();
			assertThrows(InterruptedIOException.class, () -> FolderLock.acquire(other, cancelledOnceTold(told)));
			assertEquals(List.of("another run in this process"), told, "the same folder, so the same lock");
		}
	}

	/** A waiting that notes what it is told and cancels as soon as it has been told (a user pressing Cancel). */
	private static FolderLock.Waiting cancelledOnceTold(List<String> told) {
		return new FolderLock.Waiting() {
			@Override
			public void waiting(String holder) {
				told.add(holder);
			}

			@Override
			public boolean cancelled() {
				return !told.isEmpty();
			}
		};
	}
}
