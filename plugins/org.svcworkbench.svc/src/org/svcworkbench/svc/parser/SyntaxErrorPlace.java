package org.svcworkbench.svc.parser;

/**
 * Where a syntax error belongs when that is not the token the parser stopped at (the end of the
 * line before it, for a line that ends too early). Xtext places a syntax error on the token that
 * failed, so the place travels in the error's issue data and the resource validator moves the
 * finding there.
 */
public final class SyntaxErrorPlace {
	private SyntaxErrorPlace() {
	}

	private static final String MARKER = "svc.syntax.place";

	static String[] data(int offset, int length) {
		return new String[] { MARKER, String.valueOf(offset), String.valueOf(length) };
	}

	/** The offset and length the data names, or null when it names no place. */
	public static int[] of(String[] data) {
		if (data == null || data.length != 3 || !MARKER.equals(data[0])) {
			return null;
		}
		return new int[] { Integer.parseInt(data[1]), Integer.parseInt(data[2]) };
	}
}
