package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.load.FileStamp;
import org.svcworkbench.svc.load.SvcFolders;

/** A folder model's {@link FileStamp}: every .svc file of the folder by its name, and which of them were asked for. */
final class InputStamp {
	private InputStamp() {
	}

	static FileStamp of(Path folder, List<Path> requested) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		for (Path file : SvcFolders.filesOf(folder)) {
			files.put(file.getFileName().toString(), file);
		}
		StringBuilder asked = new StringBuilder();
		requested.forEach(file -> asked.append(file.toAbsolutePath().normalize().getFileName()).append('\1'));
		return FileStamp.of(files, asked.toString());
	}
}
