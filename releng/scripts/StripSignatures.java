import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Removes jar signatures (META-INF/*.SF, *.RSA, *.DSA, *.EC) from every jar in a folder, so that
 * the JVM does not verify them on each start of the command line: on a flat class path they prove
 * nothing anyway. Run at build time: java releng/scripts/StripSignatures.java target/lib
 */
public class StripSignatures {

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<Path> jars;
		try (Stream<Path> files = Files.list(folder)) {
			jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
		}
		int stripped = 0;
		for (Path jar : jars) {
			stripped += strip(jar) ? 1 : 0;
		}
		System.out.println("StripSignatures: " + stripped + " of " + jars.size() + " jars in " + folder + " were signed; signatures removed");
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase();
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	private static boolean strip(Path jar) throws IOException {
		Path temporary = jar.resolveSibling(jar.getFileName() + ".unsigned");
		boolean signed = false;
		try (JarFile in = new JarFile(jar.toFile(), false); OutputStream file = Files.newOutputStream(temporary);
				JarOutputStream out = new JarOutputStream(file)) {
			for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
				JarEntry entry = entries.nextElement();
				if (isSignature(entry.getName())) {
					signed = true;
					continue;
				}
				JarEntry copy = new JarEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (InputStream data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
		}
		if (signed) {
			Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(temporary);
		}
		return signed;
	}
}
