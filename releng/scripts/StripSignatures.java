import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Removes jar signatures (META-INF/*.SF, *.RSA, *.DSA, *.EC) from every jar in a folder, so that
 * the JVM does not verify them on each start of the command line: on a flat class path they prove
 * nothing anyway. The digests the signatures covered go too: a signed jar's manifest names every
 * entry with its digest (Xtext's is 230 KB), and the class loader reads the whole manifest into
 * the heap, 4,700 sections kept for the run (a one-file `svc generate` peaked 3-5 MB lower without
 * them). Other per-entry attributes stay. Run at build time:
 *   java releng/scripts/StripSignatures.java target/lib
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
		System.out.println("StripSignatures: " + stripped + " of " + jars.size() + " jars in " + folder + " had signatures or digests; removed");
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase();
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	/** Removes the entries' digest attributes, and the sections left empty; whether there were any. */
	private static boolean removeDigests(Manifest manifest) {
		boolean removed = false;
		for (Iterator<Attributes> sections = manifest.getEntries().values().iterator(); sections.hasNext();) {
			Attributes section = sections.next();
			removed |= section.keySet().removeIf(name -> name.toString().toUpperCase().endsWith("-DIGEST"));
			if (section.isEmpty()) {
				sections.remove();
			}
		}
		return removed;
	}

	private static boolean strip(Path jar) throws IOException {
		Path temporary = jar.resolveSibling(jar.getFileName() + ".unsigned");
		boolean changed;
		try (JarFile in = new JarFile(jar.toFile(), false)) {
			Manifest manifest = in.getManifest();
			changed = manifest != null && removeDigests(manifest);
			try (OutputStream file = Files.newOutputStream(temporary);
					JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
				changed |= copyEntries(in, out, manifest != null);
			}
		}
		if (changed) {
			Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(temporary);
		}
		return changed;
	}

	/** Copies every entry but the signatures (and the manifest, when it is written already); whether there were signatures. */
	private static boolean copyEntries(JarFile in, JarOutputStream out, boolean manifestWritten) throws IOException {
		boolean signed = false;
		for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
			JarEntry entry = entries.nextElement();
			if (isSignature(entry.getName())) {
				signed = true;
				continue;
			}
			if (manifestWritten && entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
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
		return signed;
	}
}
