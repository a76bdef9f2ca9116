package org.svcworkbench.svc.generator;

import org.svcworkbench.svc.load.Utf8Buffer;

/** One output file: its path relative to the output folder ('/'-separated, from safe names only) and its bytes. */
public record GeneratedFile(String path, byte[] content) {

	public static GeneratedFile text(String path, String content) {
		return new GeneratedFile(path, Utf8Buffer.encode(content));
	}
}
