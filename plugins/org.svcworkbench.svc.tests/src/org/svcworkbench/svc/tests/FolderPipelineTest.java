package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.FolderPipeline;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;

import com.google.inject.Inject;

/** Folder models checked side by side come back in folder order, with the same findings as one by one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class FolderPipelineTest {

	@Inject private SvcModelLoader loader;

	private static Map<Path, List<Path>> folders(int count) {
		Map<Path, List<Path>> folders = new TreeMap<>();
		for (int i = 0; i < count; i++) {
			folders.put(Path.of(String.format("f%02d", i)), List.of());
		}
		return folders;
	}

	@Test
	void resultsComeInFolderOrderWhateverFinishesFirst() {
		Map<Path, List<Path>> folders = folders(12);
		Set<String> threads = ConcurrentHashMap.newKeySet();
		List<String> seen = new ArrayList<>();
		try (var results = FolderPipeline.start(folders, folder -> {
			threads.add(Thread.currentThread().getName());
			int index = Integer.parseInt(folder.getKey().toString().substring(1));
			sleep(index % 3 == 1 ? 60 : 5); // every third folder is slow, so later ones finish first
			return folder.getKey().toString();
		}, 3)) {
			results.forEach(seen::add);
		}
		assertEquals(folders.keySet().stream().map(Path::toString).toList(), seen);
		assertTrue(threads.size() > 1, "the folders after the first ran on worker threads: " + threads);
	}

	@Test
	void theFirstFolderRunsAloneOnTheCallersThread() {
		String caller = Thread.currentThread().getName();
		List<String> firstThread = new ArrayList<>();
		AtomicInteger running = new AtomicInteger();
		try (var results = FolderPipeline.start(folders(4), folder -> {
			if (folder.getKey().toString().equals("f00")) {
				firstThread.add(Thread.currentThread().getName());
				assertEquals(1, running.incrementAndGet(), "nothing else runs beside the first folder");
				sleep(30);
				running.decrementAndGet();
			}
			return folder;
		}, 2)) {
			results.forEach(r -> {
			});
		}
		assertEquals(List.of(caller), firstThread);
	}

	@Test
	void aFailingFolderFailsWhenItsTurnComesAfterTheEarlierOnes() {
		List<String> consumed = new ArrayList<>();
		IllegalStateException failure = new IllegalStateException("folder f03 is broken");
		IllegalStateException thrown = assertThrows(IllegalStateException.class,
				() -> FolderPipeline.inFolderOrder(folders(8), folder -> {
					if (folder.getKey().toString().equals("f03")) {
						throw failure;
					}
					return folder.getKey().toString();
				}, consumed::add));
		assertSame(failure, thrown);
		assertEquals(List.of("f00", "f01", "f02"), consumed);
	}

	@Test
	void fewResultsWaitForASlowCaller() {
		AtomicInteger started = new AtomicInteger();
		int threads = 2;
		try (var results = FolderPipeline.start(folders(20), folder -> started.incrementAndGet(), threads)) {
			var iterator = results.iterator();
			iterator.next(); // the first folder, alone
			iterator.next();
			sleep(100);
			assertTrue(started.get() <= 2 + 2 * threads, "at most twice as many folders as threads are under way: " + started.get());
		}
	}

	@Test
	void oneThreadRunsEverythingOnTheCaller() {
		String caller = Thread.currentThread().getName();
		Set<String> threads = ConcurrentHashMap.newKeySet();
		FolderPipeline.inFolderOrder(folders(5), folder -> threads.add(Thread.currentThread().getName()), r -> {
		});
		System.setProperty(FolderPipeline.THREADS_PROPERTY, "1");
		try {
			threads.clear();
			FolderPipeline.inFolderOrder(folders(5), folder -> threads.add(Thread.currentThread().getName()), r -> {
			});
			assertEquals(Set.of(caller), threads);
		} finally {
			System.clearProperty(FolderPipeline.THREADS_PROPERTY);
		}
	}

	@Test
	void aThreadCountThatIsNoPositiveNumberIsIgnored() {
		int processors = Runtime.getRuntime().availableProcessors();
		try {
			for (String ignored : List.of("two", "0", "-3", "")) {
				System.setProperty(FolderPipeline.THREADS_PROPERTY, ignored);
				assertEquals(processors, FolderPipeline.threads(), "-Dsvc.threads=" + ignored);
			}
			System.setProperty(FolderPipeline.THREADS_PROPERTY, " 3 ");
			assertEquals(3, FolderPipeline.threads());
		} finally {
			System.clearProperty(FolderPipeline.THREADS_PROPERTY);
		}
	}

	/** The real job on every example, the broken ones too: the same findings side by side as one by one. */
	@Test
	void sideBySideFindsWhatOneByOneFinds() {
		Path examples = SvcTestSupport.examples();
		Map<Path, List<Path>> collected = SvcFolders.collect(List.of(examples, examples.resolve("errors")));
		assertTrue(collected.size() >= 4, "several folder models: " + collected.keySet());
		List<SvcDiagnostic> serial = new ArrayList<>(), parallel = new ArrayList<>();
		try (var one = FolderPipeline.start(collected, folder -> CheckedFolder.check(loader, folder).findings(), 1)) {
			one.forEach(serial::addAll);
		}
		try (var four = FolderPipeline.start(collected, folder -> CheckedFolder.check(loader, folder).findings(), 4)) {
			four.forEach(parallel::addAll);
		}
		assertTrue(serial.stream().anyMatch(d -> d.severity() == SvcDiagnostic.Severity.ERROR), "examples/errors gives errors");
		assertEquals(serial.stream().map(SvcDiagnostic::format).toList(), parallel.stream().map(SvcDiagnostic::format).toList());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
