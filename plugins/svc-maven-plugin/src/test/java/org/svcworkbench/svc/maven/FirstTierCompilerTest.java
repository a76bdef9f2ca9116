package org.svcworkbench.svc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's compiler setting lasts as long as the goal: Maven's JVM gets its own compiler back after it. */
class FirstTierCompilerTest {

	@Test
	void theDirectiveHoldsDuringTheGoalAndIsGoneAfterIt(@TempDir Path state) throws IOException {
		String before = directives();
		FirstTierCompiler kept = FirstTierCompiler.keep(state.resolve("svc-maven-plugin"));
		assertNotNull(kept, "a HotSpot JVM with jdk.management takes the directive");
		try {
			String during = directives();
			assertNotEquals(before, during);
			assertTrue(during.contains("org/svcworkbench/svc/diagram/render/*.*"), "the pictures' code keeps the second tier:\n" + during);
		} finally {
			kept.close();
		}
		assertEquals(before, directives(), "the JVM's own directives, as before the goal");
		try (var left = Files.list(state.resolve("svc-maven-plugin"))) {
			assertEquals(0, left.count(), "the directive's file is not left in the state folder");
		}
	}

	@Test
	void aFolderThatCannotBeWrittenLeavesTheCompilerAlone(@TempDir Path state) throws IOException {
		String before = directives();
		Path file = Files.writeString(state.resolve("not-a-folder"), "");
		assertEquals(null, FirstTierCompiler.keep(file), "no directive, and the goal runs as before");
		assertEquals(before, directives());
	}

	@Test
	void theSameCodeKeepsTheSecondTierAsInTheCommandsLongPictureRuns() throws IOException {
		Path command = Path.of("../../releng/scripts/svc-pictures.directives");
		assumeTrue(Files.isRegularFile(command), "run from the repository: " + command.toAbsolutePath() + " is not there");
		assertEquals(Files.readString(command).replaceAll("\\s", ""), FirstTierCompiler.DIRECTIVES.replaceAll("\\s", ""),
				"the plugin's directives and ./svc's: change both");
	}

	/** What jcmd Compiler.directives_print shows. */
	private static String directives() {
		try {
			return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
					"compilerDirectivesPrint", new Object[] { new String[0] }, new String[] { String[].class.getName() }));
		} catch (JMException | RuntimeException e) {
			assumeTrue(false, "this JVM has no diagnostic commands: " + e);
			return null;
		}
	}
}
