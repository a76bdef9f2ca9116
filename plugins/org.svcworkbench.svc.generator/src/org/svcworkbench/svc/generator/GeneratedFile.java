package org.svcworkbench.svc.generator;

import java.nio.charset.StandardCharsets;

/** One output file: its path relative to the output folder ('/'-separated, from safe names only) and its bytes. */
public record GeneratedFile(String path, byte[] content) {

	public static GeneratedFile text(String path, String content) {
		return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
	}
}
