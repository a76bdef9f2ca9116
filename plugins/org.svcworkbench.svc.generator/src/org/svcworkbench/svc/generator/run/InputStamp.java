package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.svcworkbench.svc.load.SvcFolders;

/**
 * What the file system says of a folder model's files, without opening them: their names, sizes and
 * modification times (and which were asked for). A rerun whose stamp equals the last run's knows
 * the files are unchanged without reading and hashing them (a third of a nothing-changed rerun),
 * as git's index does; but only when every file was last modified well before the stamp was taken
 * ({@value #SETTLE_MILLIS} ms): a file changed within the same tick of the file system's clock
 * could keep its time and size, so such "racily clean" files are hashed as before.
 */
record InputStamp(String value, long newestMillis) {

	/** Longer than any file system's timestamp granularity (FAT's is two seconds). */
	static final long SETTLE_MILLIS = 3_000;

	static InputStamp of(Path folder, List<Path> requested) throws IOException {
		MessageDigest digest = Manifest.sha256();
		long newest = 0;
		StringBuilder line = new StringBuilder();
		for (Path file : SvcFolders.filesOf(folder)) {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
			newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
			line.setLength(0);
			line.append(file.getFileName()).append('\0').append(attributes.size()).append('\0').append(modified).append('\0');
			digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
		}
		for (Path file : requested) {
			digest.update((file.toAbsolutePath().normalize().getFileName() + "\1").getBytes(StandardCharsets.UTF_8));
		}
		return new InputStamp(HexFormat.of().formatHex(digest.digest()), newest);
	}

	/** Whether this stamp proves the files are those of an entry stamped at stampedAt with the given value. */
	boolean vouchesFor(String stamp, long stampedAt) {
		return value.equals(stamp) && newestMillis < stampedAt - SETTLE_MILLIS;
	}
}
