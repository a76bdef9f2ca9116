package org.svcworkbench.svc.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failure to write the output as a user needs to read it: which file, what is wrong with it and
 * what to do, instead of an exception's message (a temporary file's name, "Is a directory"). The
 * command line, the Maven plugin and the Eclipse builder each name their own way to choose another
 * output folder.
 *
 * @param file the file or folder that could not be written, as the user knows it (never our temporary twin); null when not known
 * @param reason what is wrong, in a few words
 */
public record FileProblem(String file, String reason, Kind kind) {

	/** What kind of remedy the problem needs. */
	public enum Kind {
		/** Something of the same name is in the way: a folder where a file goes, a file where a folder goes. */
		IN_THE_WAY,
		/** The file system does not let this user write there. */
		NOT_ALLOWED,
		/** The disk or the user's quota is full. */
		NO_SPACE,
		/** Anything else, told as the system tells it. */
		OTHER
	}

	public static FileProblem of(IOException e) {
		if (!(e instanceof FileSystemException failure) || failure.getFile() == null) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			return new FileProblem(null, lowerFirst(message), kindOf(message));
		}
		// A move from our temporary twin onto the target names the target second.
		String named = failure.getOtherFile() != null ? failure.getOtherFile() : failure.getFile();
		String file = AtomicFiles.targetOf(named);
		String reason = failure.getReason();
		if (e instanceof AccessDeniedException) {
			return new FileProblem(file, "permission denied", Kind.NOT_ALLOWED);
		}
		if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || e instanceof DirectoryNotEmptyException
				|| reason != null && (reason.equals("Is a directory") || reason.equals("Not a directory"))) {
			return new FileProblem(file, inTheWay(file), Kind.IN_THE_WAY);
		}
		if (e instanceof NoSuchFileException) {
			return new FileProblem(file, "no such file or folder", Kind.OTHER);
		}
		return new FileProblem(file, reason == null ? "cannot be written" : lowerFirst(reason), kindOf(reason));
	}

	/** "file: reason", or the reason alone when the file is not known. */
	public String describe() {
		return file == null ? reason : file + ": " + reason;
	}

	/**
	 * What to do, as a sentence, given how this front end chooses the output (e.g. "give -o another
	 * folder", "choose another in Project > Properties > SVC").
	 */
	public String remedy(String chooseAnother) {
		return switch (kind) {
		case IN_THE_WAY -> "Move it out of the way, or " + chooseAnother + ".";
		case NOT_ALLOWED -> "Make it writable, or " + chooseAnother + ".";
		case NO_SPACE -> "Free some space, or " + chooseAnother + " on another disk.";
		case OTHER -> "Check that the folder can be written, or " + chooseAnother + ".";
		};
	}

	/** What stands where the file or its folder should be: the nearest existing path is the wrong kind. */
	private static String inTheWay(String file) {
		Path path;
		try {
			path = Path.of(file);
		} catch (InvalidPathException e) {
			return "something of that name is in the way";
		}
		if (Files.isDirectory(path)) {
			return "a folder of that name is in the way";
		}
		if (Files.isRegularFile(path)) {
			return "a file of that name is in the way";
		}
		for (Path up = path.getParent(); up != null; up = up.getParent()) {
			if (Files.isRegularFile(up)) {
				return up + " is a file, not a folder";
			}
			if (Files.isDirectory(up)) {
				break;
			}
		}
		return "something of that name is in the way";
	}

	private static Kind kindOf(String reason) {
		String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
		if (r.contains("no space left") || r.contains("quota exceeded")) {
			return Kind.NO_SPACE;
		}
		if (r.contains("read-only file system") || r.contains("permission denied") || r.contains("operation not permitted")) {
			return Kind.NOT_ALLOWED;
		}
		return Kind.OTHER;
	}

	private static String lowerFirst(String text) {
		// "Read-only file system" reads as part of a sentence; an acronym ("EIO") stays as it is.
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}
}
