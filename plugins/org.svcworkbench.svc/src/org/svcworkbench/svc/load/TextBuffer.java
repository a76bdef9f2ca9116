package org.svcworkbench.svc.load;

import java.io.Writer;

/**
 * A Writer into a StringBuilder, for text made by one thread (a JSON document or part of one):
 * StringWriter's StringBuffer takes a lock on every append, which Gson's writer does character
 * by character.
 */
public final class TextBuffer extends Writer {

	private final StringBuilder text;

	public TextBuffer() {
		this(16 * 1024);
	}

	public TextBuffer(int capacity) {
		text = new StringBuilder(capacity);
	}

	@Override
	public void write(char[] chars, int offset, int length) {
		text.append(chars, offset, length);
	}

	@Override
	public void write(String string, int offset, int length) {
		text.append(string, offset, offset + length);
	}

	@Override
	public void write(String string) {
		text.append(string);
	}

	@Override
	public void write(int c) {
		text.append((char) c);
	}

	@Override
	public Writer append(CharSequence sequence) {
		text.append(sequence);
		return this;
	}

	@Override
	public Writer append(char c) {
		text.append(c);
		return this;
	}

	/** The characters written so far. */
	public int length() {
		return text.length();
	}

	/** The text written from the given position on. */
	public String from(int start) {
		return text.substring(start);
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
