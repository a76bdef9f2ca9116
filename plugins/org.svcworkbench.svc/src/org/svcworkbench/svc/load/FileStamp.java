package org.svcworkbench.svc.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of some files, without opening them: their names, sizes and
 * modification times. A rerun whose stamp equals the last run's knows the files are unchanged
 * without reading and hashing them, as git's index does; but only when every file was last
 * modified well before the stamp was taken ({@value #SETTLE_MILLIS} ms): a file changed within the
 * same tick of the file system's clock could keep its time and size, so such "racily clean" files
 * are hashed as before. The documentation run stamps each folder model, the Maven goals their
 * whole source set.
 */
public record FileStamp(String value, long newestMillis) {

	/** Longer than any file system's timestamp granularity (FAT's is two seconds). */
	public static final long SETTLE_MILLIS = 3_000;

	/**
	 * @param files the files by the names the stamp gives them, in the order they are stamped
	 * @param tail  what else the stamp stands for (which files were asked for, the settings)
	 */
	public static FileStamp of(Map<String, Path> files, String tail) throws IOException {
		MessageDigest digest = sha256();
		long newest = 0;
		StringBuilder line = new StringBuilder();
		for (Map.Entry<String, Path> file : files.entrySet()) {
			BasicFileAttributes attributes = Files.readAttributes(file.getValue(), BasicFileAttributes.class);
			newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
			line.setLength(0);
			line.append(file.getKey()).append('\0').append(attributes.size()).append('\0')
					.append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append('\0');
			digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
		}
		digest.update(tail.getBytes(StandardCharsets.UTF_8));
		return new FileStamp(HexFormat.of().formatHex(digest.digest()), newest);
	}

	/** Whether this stamp proves the files are those of a stamp with the given value taken at stampedAt. */
	public boolean vouchesFor(String stamp, long stampedAt) {
		return value.equals(stamp) && newestMillis < stampedAt - SETTLE_MILLIS;
	}

	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
