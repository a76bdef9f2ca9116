package org.svcworkbench.svc.generator.run;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of the documentation code is running, so that an output folder written by another
 * build is documented again in full (its templates or drawings may differ): the version, and the
 * time the jar or bundle holding this class was built.
 */
final class ToolVersion {

	private static String version;

	private ToolVersion() {
	}

	static synchronized String get() {
		if (version == null) {
			String implementation = ToolVersion.class.getPackage().getImplementationVersion();
			version = (implementation == null ? "dev" : implementation) + "@" + built();
		}
		return version;
	}

	private static String built() {
		try {
			CodeSource source = ToolVersion.class.getProtectionDomain().getCodeSource();
			if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
				Path location = Path.of(source.getLocation().toURI());
				Path probe = Files.isDirectory(location) ? location.resolve(ToolVersion.class.getName().replace('.', '/') + ".class") : location;
				return Long.toString(Files.getLastModifiedTime(probe).toMillis());
			}
		} catch (URISyntaxException | java.io.IOException | SecurityException | IllegalArgumentException e) {
			// unknown: the version alone decides (also where the class comes with no location: an
			// AOT cache made by hand without class linking gave an NPE here)
		}
		return "unknown";
	}
}
