package org.svcworkbench.svc.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;

/**
 * Where Xtext's log4j messages go in a command-line run: real problems only (ERROR and worse), one
 * short line each on stderr ({@link ShortLogLayout}). Set up in code before anything logs, instead
 * of log4j reading a properties file: its configurator sets appender properties through
 * java.beans, 44 classes and a bean introspection per start of every command. A user's own
 * configuration (SVC_JAVA_OPTS=-Dlog4j.configuration=file:...) is left to log4j.
 */
final class CommandLog {
	private static final String PATTERN = "svc: %p %c{1}: %m%n";

	private CommandLog() {
	}

	static void configure() {
		if (System.getProperty("log4j.configuration") != null) {
			return;
		}
		System.setProperty("log4j.defaultInitOverride", "true"); // no properties file looked for
		LogManager.resetConfiguration(); // no level or appender set before (in a test JVM, say) stays
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.ERROR);
		ShortLogLayout layout = new ShortLogLayout();
		layout.setConversionPattern(PATTERN);
		root.addAppender(new ConsoleAppender(layout, ConsoleAppender.SYSTEM_ERR));
	}
}
