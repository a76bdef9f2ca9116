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
import java.util.List;
import java.util.Locale;

import org.svcworkbench.svc.words.Findings;

/**
 * A failure to write the output as a user needs to read it: which file, what is wrong with it and
 * what to do, instead of an exception's message (a temporary file's name, "Is a directory"). The
 * command line, the Maven plugin and the Eclipse builder each name their own way to choose another
 * output folder.
 *
 * @param file the file or folder that could not be written, as the user knows it (never our temporary twin); null when not known
 * @param reason what is wrong, in a few words, in English
 * @param key the findings' text of the reason (problem.*), or null for a reason only the system words ("Input/output error")
 * @param argument what that text names, if anything (the file that stands where a folder should)
 */
public record FileProblem(String file, String reason, Kind kind, String key, String argument) {

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
			return systemSays(null, lowerFirst(message));
		}
		// A move from our temporary twin onto the target names the target second.
		String named = failure.getOtherFile() != null ? failure.getOtherFile() : failure.getFile();
		String file = AtomicFiles.targetOf(named);
		String reason = failure.getReason();
		if (e instanceof AccessDeniedException) {
			return known(file, "problem.permission-denied", null, Kind.NOT_ALLOWED);
		}
		if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || e instanceof DirectoryNotEmptyException
				|| reason != null && (reason.equals("Is a directory") || reason.equals("Not a directory"))) {
			return inTheWay(file);
		}
		if (e instanceof NoSuchFileException) {
			return known(file, "problem.no-such-file", null, Kind.OTHER);
		}
		return reason == null ? known(file, "problem.cannot-be-written", null, Kind.OTHER) : systemSays(file, lowerFirst(reason));
	}

	/** "file: reason", or the reason alone when the file is not known, in English. */
	public String describe() {
		return describe(ENGLISH);
	}

	/** "file: reason", or the reason alone when the file is not known, in the findings' language. */
	public String describe(Findings words) {
		String said = key == null ? reason : words.text(key, argument);
		return file == null ? said : words.text("problem.of-file", file, said);
	}

	/**
	 * What to do, as a sentence in English, given how this front end chooses the output (e.g. "give
	 * -o another folder", "choose another in Project > Properties > SVC").
	 */
	public String remedy(String chooseAnother) {
		return remedy(chooseAnother, ENGLISH);
	}

	/** What to do, as a sentence in the findings' language, given how this front end chooses the output, in that language. */
	public String remedy(String chooseAnother, Findings words) {
		return words.text(switch (kind) {
		case IN_THE_WAY -> "remedy.in-the-way";
		case NOT_ALLOWED -> "remedy.not-allowed";
		case NO_SPACE -> "remedy.no-space";
		case OTHER -> "remedy.other";
		}, chooseAnother);
	}

	private static final Findings ENGLISH = new Findings();
	static {
		ENGLISH.use("en");
	}

	private static FileProblem known(String file, String key, String argument, Kind kind) {
		return new FileProblem(file, ENGLISH.text(key, argument), kind, key, argument);
	}

	/**
	 * A reason the system gives: the usual ones of a full disk or a read-only one in the findings'
	 * words (their English is the system's own), any other as the system says it.
	 */
	private static FileProblem systemSays(String file, String reason) {
		String r = reason.toLowerCase(Locale.ROOT);
		for (String key : List.of("problem.read-only", "problem.no-space", "problem.quota")) {
			if (r.equals(ENGLISH.text(key))) {
				return known(file, key, null, kindOf(reason));
			}
		}
		return new FileProblem(file, reason, kindOf(reason), null, null);
	}

	/** What stands where the file or its folder should be: the nearest existing path is the wrong kind. */
	private static FileProblem inTheWay(String file) {
		Path path;
		try {
			path = Path.of(file);
		} catch (InvalidPathException e) {
			return known(file, "problem.in-the-way", null, Kind.IN_THE_WAY);
		}
		if (Files.isDirectory(path)) {
			return known(file, "problem.folder-in-the-way", null, Kind.IN_THE_WAY);
		}
		if (Files.isRegularFile(path)) {
			return known(file, "problem.file-in-the-way", null, Kind.IN_THE_WAY);
		}
		for (Path up = path.getParent(); up != null; up = up.getParent()) {
			if (Files.isRegularFile(up)) {
				return known(file, "problem.not-a-folder", up.toString(), Kind.IN_THE_WAY);
			}
			if (Files.isDirectory(up)) {
				break;
			}
		}
		return known(file, "problem.in-the-way", null, Kind.IN_THE_WAY);
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
