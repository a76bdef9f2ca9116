package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcworkbench.svc.generator.run.StoppedNotice;

/**
 * The notice a stopped run leaves in the log (the command line's and the Maven goal's): told when
 * the process ends while the run is under way, not when the run ended first. In a JVM of its own,
 * since it is the end of a process that tells it.
 */
class StoppedNoticeTest {

	@ParameterizedTest
	@CsvSource({ "stopped, 'under way\nstopped before the end\n'", "finished, 'under way\nfinished\n'" })
	void theNoticeIsToldOnlyWhenTheProcessEndsDuringTheRun(String how, String expected) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Run.class.getName(), how).redirectErrorStream(true).start();
		boolean ended = process.waitFor(60, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(true, ended, output);
		assertEquals(expected, output.replace("\r\n", "\n"));
	}

	/** A run that the process's end stops (System.exit from within, as a signal would), or that finishes first. */
	public static final class Run {
		public static void main(String[] args) {
			try (StoppedNotice notice = new StoppedNotice(() -> System.out.println("stopped before the end"))) {
				System.out.println("under way");
				if (args[0].equals("stopped")) {
					System.exit(143);
				}
			}
			System.out.println("finished");
		}
	}
}
