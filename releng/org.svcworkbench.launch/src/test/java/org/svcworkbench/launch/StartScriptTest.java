package org.svcworkbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's start script with a stub workbench in place of Eclipse (an Equinox launcher whose
 * Main records its arguments and exits with the codes a workbench uses): 23 starts it again as
 * before, 24 with the arguments the workbench left, anything else ends the script with that code.
 */
class StartScriptTest {

	/** Exits with the codes listed in STUB_CODES, one per start; records each start's arguments in STUB_LOG. */
	private static final String STUB_MAIN = """
			package org.eclipse.equinox.launcher;

			import java.nio.file.*;
			import java.util.*;

			public class Main {
				public int run(String[] args) {
					try {
						Path log = Path.of(System.getenv("STUB_LOG"));
						List<String> starts = Files.exists(log) ? Files.readAllLines(log) : List.of();
						Files.writeString(log, String.join(" ", args) + " | vm=" + (System.getProperty("eclipse.vm") != null) + "\\n",
								StandardOpenOption.CREATE, StandardOpenOption.APPEND);
						int code = Integer.parseInt(System.getenv("STUB_CODES").split(",")[starts.size()]);
						System.out.println("workbench start " + (starts.size() + 1));
						if (code == 24) {
							// what the workbench's Restart and Switch Workspace leave, and what the launcher does with it without a native side
							String data = "-data\\n" + System.getenv("STUB_NEW_WORKSPACE") + "\\n";
							System.setProperty("eclipse.exitdata", data);
							System.out.println(data);
						}
						return code;
					} catch (Exception e) {
						throw new RuntimeException(e);
					}
				}
			}
			""";

	@TempDir
	Path temp;

	@Test
	void restartsOn23AndRelaunchesWithTheWorkbenchsArgumentsOn24() throws Exception {
		Path product = product();
		Result result = run(product, "23,24,0", "-data", temp.resolve("first workspace").toString(), "-showlocation");

		assertEquals(0, result.code, result.output);
		List<String> starts = Files.readAllLines(temp.resolve("starts.log"));
		String first = "-data " + temp.resolve("first workspace") + " -showlocation | vm=true";
		String second = "-showlocation -data " + temp.resolve("second workspace") + " | vm=true";
		assertEquals(List.of(first, first, second), starts, "started as before on 23, with the new workspace on 24");
		assertTrue(result.output.contains("workbench start 3"), result.output);
		assertFalse(result.output.contains("-vmargs"), "the exit data stays out of the console: " + result.output);
		assertTrue(result.output.contains("svc-workbench: restarting with -showlocation -data " + temp.resolve("second workspace")), result.output);
	}

	@Test
	void anyOtherExitCodeEndsTheScriptWithIt() throws Exception {
		Result result = run(product(), "13", "-data", temp.resolve("w").toString());
		assertEquals(13, result.code, result.output);
		assertEquals(1, Files.readAllLines(temp.resolve("starts.log")).size());
	}

	@Test
	void theWorkbenchsExitDataReplacesTheOptionsItNames() {
		List<String> current = List.of("-data", "/home/d/ws", "-nl", "zh", "-clean");
		assertEquals(List.of("-nl", "zh", "-clean", "-data", "file:/home/d/ws%202/"),
				SvcWorkbenchMain.relaunchArguments("-data\nfile:/home/d/ws%202/\n", current), "File > Restart, Switch Workspace");
		assertEquals(List.of("-data", "/home/d/ws 2", "-showlocation"),
				SvcWorkbenchMain.relaunchArguments("/usr/bin/java\n-data\n/home/d/ws 2\n-showlocation\n-vm\n/usr/bin/java\n-vmargs\n-Xmx2g\n", current),
				"the older form: a whole command line");
		assertEquals(current, SvcWorkbenchMain.relaunchArguments(null, current));
	}

	private record Result(int code, String output) {
	}

	private Result run(Path product, String codes, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("sh", product.resolve("svc-workbench").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("STUB_LOG", temp.resolve("starts.log").toString());
		builder.environment().put("STUB_CODES", codes);
		builder.environment().put("STUB_NEW_WORKSPACE", temp.resolve("second workspace").toString());
		Process process = builder.start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script ended");
		return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	/** A product folder: the real start script, the stub launcher, and this module's classes as svc-workbench-launch.jar. */
	private Path product() throws IOException {
		Path script = Path.of(System.getProperty("svc.start.script", "../org.svcworkbench.product/launch/svc-workbench"));
		assumeTrue(Files.isRegularFile(script), "no start script at " + script);
		Path product = Files.createDirectories(temp.resolve("product"));
		Files.copy(script, product.resolve("svc-workbench"));
		Path plugins = Files.createDirectories(product.resolve("plugins"));
		jar(compileStub(), plugins.resolve("org.eclipse.equinox.launcher_9.9.9.jar"));
		jar(Path.of(SvcWorkbenchMain.class.getProtectionDomain().getCodeSource().getLocation().getPath()),
				product.resolve("svc-workbench-launch.jar"));
		return product;
	}

	private Path compileStub() throws IOException {
		Path classes = Files.createDirectories(temp.resolve("stub-classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		SimpleJavaFileObject source = new SimpleJavaFileObject(URI.create("string:///org/eclipse/equinox/launcher/Main.java"),
				javax.tools.JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return STUB_MAIN;
			}
		};
		boolean compiled = compiler.getTask(null, null, null, List.of("-d", classes.toString()), null, List.of(source)).call();
		assertTrue(compiled, "the stub launcher compiles");
		return classes;
	}

	private static void jar(Path classes, Path jar) throws IOException {
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
				try (var in = Files.newInputStream(file)) {
					in.transferTo((OutputStream) out);
				}
				out.closeEntry();
			}
		}
	}
}
