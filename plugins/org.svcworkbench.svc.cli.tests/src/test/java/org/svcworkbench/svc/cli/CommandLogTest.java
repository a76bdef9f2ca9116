package org.svcworkbench.svc.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.junit.jupiter.api.Test;

/** What a user sees on stderr when Xtext logs during a command: errors only, one short line each. */
class CommandLogTest {

	@Test
	void anErrorIsOneShortLineAndAWarningIsNotShown() {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, UTF_8));
		try {
			// What Xtext's own log4j.properties sets up when log4j starts before the command does (in a
			// test JVM): INFO for Xtext, to stdout, in the long form. The command's set-up replaces it.
			Logger.getLogger("org.eclipse.xtext").setLevel(Level.INFO);
			Logger.getRootLogger().addAppender(new ConsoleAppender(new PatternLayout("%-4r [%t] %-5p %35.35c %x - %m%n"), ConsoleAppender.SYSTEM_ERR));
			CommandLog.configure();
			Logger logger = Logger.getLogger("org.eclipse.xtext.ide.server.LanguageServerImpl");
			logger.warn("a warning a command does not show");
			logger.error("Request failed", new IllegalArgumentException("position 9:1 is outside the document\nservice Cafe {..."));
		} finally {
			System.setErr(original);
			CommandLog.configure(); // back to the real stderr for the tests after this one
		}
		assertEquals("svc: ERROR LanguageServerImpl: Request failed (IllegalArgumentException: position 9:1 is outside the document)"
				+ System.lineSeparator(), captured.toString(UTF_8));
	}

	@Test
	void aUsersOwnLog4jConfigurationIsLeftAlone() {
		Logger.getLogger("org.eclipse.xtext").setLevel(Level.INFO);
		System.setProperty("log4j.configuration", "file:/somewhere/log4j.properties");
		try {
			CommandLog.configure();
			assertEquals(Level.INFO, Logger.getLogger("org.eclipse.xtext").getLevel());
		} finally {
			System.clearProperty("log4j.configuration");
			CommandLog.configure();
		}
	}
}
