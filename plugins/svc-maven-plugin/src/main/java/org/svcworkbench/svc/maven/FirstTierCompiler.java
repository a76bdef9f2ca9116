package org.svcworkbench.svc.maven;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the JIT's first tier for the goal's own run, as the svc command does (-XX:TieredStopAtLevel=1),
 * in the Maven JVM it shares: a compiler directive, added through the JVM's diagnostic commands
 * (jcmd Compiler.directives_add) and removed when the goal ends, so Maven and the plugins after it
 * get their usual compiler back. On 2 cores the second tier's compiler threads took the cores the
 * goal needs: a one-file rerun of 1,000 services spent 8 s of CPU in 5 s instead of about 4.
 * The pictures' own code (the painter, the deflater, Marlin, the checksum) keeps the second tier,
 * as in the command's long PNG runs: releng/scripts/svc-pictures.directives.
 * <p>
 * Where the JVM has no such command (another vendor's, or jdk.management left out) the goal runs as before.
 */
final class FirstTierCompiler implements AutoCloseable {

	// Plain JSON without comments (JDK 21 before 21.0.8 misreads a comment there: JDK-8318811); no text
	// block either, which the plugin descriptor's Java parser cannot read. The same as ./svc's (a test compares them).
	static final String DIRECTIVES = "["
			+ "{ \"match\": [ \"org/svcworkbench/svc/diagram/render/*.*\", \"sun/java2d/marlin/*.*\", \"java/util/zip/Adler32.*\", \"java/util/Arrays.*\" ],"
			+ " \"c2\": { \"Exclude\": false } },"
			+ "{ \"match\": \"*.*\", \"c2\": { \"Exclude\": true } }"
			+ "]";

	private static final Pattern ADDED = Pattern.compile("(\\d+) compiler directives added");

	private final MBeanServer server;
	private final ObjectName commands;
	private final int added;

	private FirstTierCompiler(MBeanServer server, ObjectName commands, int added) {
		this.server = server;
		this.commands = commands;
		this.added = added;
	}

	/** Adds the directive, written to a file in the folder given (the command reads a file); null where the JVM cannot. */
	static FirstTierCompiler keep(Path folder) {
		try {
			MBeanServer server = ManagementFactory.getPlatformMBeanServer();
			ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
			Files.createDirectories(folder);
			Path file = folder.resolve("first-tier.directives");
			Files.writeString(file, DIRECTIVES);
			String said;
			try {
				said = String.valueOf(command(server, commands, "compilerDirectivesAdd", file.toString()));
			} finally {
				delete(file);
			}
			Matcher added = ADDED.matcher(said);
			return added.find() ? new FirstTierCompiler(server, commands, Integer.parseInt(added.group(1))) : null;
		} catch (JMException | IOException | RuntimeException | LinkageError e) {
			return null;
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a file left in target/svc-maven-plugin, read by nothing; the directives are in force either way
		}
	}

	/** Removes the directives this added: the newest on the JVM's stack of them. */
	@Override
	public void close() {
		try {
			for (int i = 0; i < added; i++) {
				command(server, commands, "compilerDirectivesRemove");
			}
		} catch (JMException | RuntimeException e) {
			// the directive stays until Maven ends: Maven runs slower, not wrong
		}
	}

	private static Object command(MBeanServer server, ObjectName commands, String name, String... arguments) throws JMException {
		return server.invoke(commands, name, new Object[] { arguments }, new String[] { String[].class.getName() });
	}
}
