package org.svcworkbench.svc.diagram.render;

import java.io.Writer;

/** A Writer into a StringBuilder: StringWriter's StringBuffer locks on every append, and an SVG is one thread's. */
final class TextBuffer extends Writer {

	private final StringBuilder text = new StringBuilder(16 * 1024);

	@Override
	public void write(char[] chars, int offset, int length) {
		text.append(chars, offset, length);
	}

	@Override
	public void write(String string, int offset, int length) {
		text.append(string, offset, offset + length);
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
