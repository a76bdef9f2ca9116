import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Rewrites the class files of Java 1.4/5 (major version 49 and below) in the jars of a folder as
 * Java 8 class files (version 52, with the stack maps the JVM's verifier reads), the code itself
 * unchanged. Why: the JDK's AOT cache (JEP 483/514) leaves old class files out, so picocli,
 * reload4j and ANTLR 3 (about 260 classes, still compiled for Java 5) were loaded, parsed and
 * verified by the slow old verifier on every start of the command line. A class the JDK's
 * ClassFile API cannot give stack maps (say, one using jsr/ret) is left as it is, and so is
 * every jar without old classes. Build use only, on JDK 25+ (for the AOT cache):
 *   java releng/scripts/RetargetOldClasses.java target/lib
 */
public class RetargetOldClasses {

	private static final int OLDEST_WITH_STACK_MAPS = 50;
	private static final int JAVA_8 = 52;

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<Path> jars;
		try (Stream<Path> files = Files.list(folder)) {
			jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
		}
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		// Stack maps name the common super class of two types: the resolver reads it from the jars themselves.
		try (URLClassLoader classes = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
			ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS, ClassFile.ClassHierarchyResolverOption
					.of(ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classes)).cached()));
			int retargeted = 0, kept = 0, rewritten = 0;
			for (Path jar : jars) {
				int[] counts = retarget(jar, classFile);
				retargeted += counts[0];
				kept += counts[1];
				rewritten += counts[0] > 0 ? 1 : 0;
			}
			System.out.println("RetargetOldClasses: " + retargeted + " old class files in " + rewritten + " of " + jars.size() + " jars in " + folder
					+ " rewritten as Java 8 class files" + (kept > 0 ? "; " + kept + " left as they were (no stack maps possible)" : ""));
		}
	}

	/** Rewrites the jar's old classes in place; how many were rewritten and how many had to be kept. */
	private static int[] retarget(Path jar, ClassFile classFile) throws IOException {
		Path temporary = jar.resolveSibling(jar.getFileName() + ".retargeted");
		int retargeted = 0, kept = 0;
		try (JarFile in = new JarFile(jar.toFile(), false); OutputStream file = Files.newOutputStream(temporary);
				JarOutputStream out = new JarOutputStream(file)) {
			for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
				JarEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream data = in.getInputStream(entry)) {
					bytes = data.readAllBytes();
				}
				if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/") && isOld(bytes)) {
					byte[] rewritten = rewrite(classFile, bytes);
					if (rewritten != null) {
						bytes = rewritten;
						retargeted++;
					} else {
						kept++;
					}
				}
				JarEntry copy = new JarEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		if (retargeted > 0) {
			Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(temporary);
		}
		return new int[] { retargeted, kept };
	}

	private static boolean isOld(byte[] bytes) {
		int major = bytes.length > 8 ? (bytes[6] & 0xff) << 8 | bytes[7] & 0xff : Integer.MAX_VALUE;
		return major < OLDEST_WITH_STACK_MAPS;
	}

	/** The class as a Java 8 class file with every method's code emitted again (and so given stack maps), or null where that fails. */
	private static byte[] rewrite(ClassFile classFile, byte[] bytes) {
		try {
			ClassModel model = classFile.parse(bytes);
			ClassTransform toJava8 = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
					.andThen(ClassTransform.endHandler(builder -> builder.withVersion(JAVA_8, 0)));
			byte[] rewritten = classFile.transformClass(model, toJava8);
			classFile.verify(rewritten).stream().findFirst().ifPresent(error -> {
				throw error;
			});
			return rewritten;
		} catch (IllegalArgumentException | IllegalStateException | VerifyError e) {
			return null;
		}
	}
}
