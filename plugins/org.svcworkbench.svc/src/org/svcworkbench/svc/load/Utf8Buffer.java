package org.svcworkbench.svc.load;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Writer that encodes what it is given as UTF-8 into a byte array it keeps, for one thread's
 * pages one after the other ({@link #reset}). The bytes are those of an OutputStreamWriter in
 * UTF-8: a surrogate without its pair becomes '?', also across two writes. Unsynchronized.
 */
public final class Utf8Buffer extends Writer {

	private static final int SHORT = 16;
	private byte[] bytes;
	private int size;
	private char[] chars = new char[1 << 10];
	/** A high surrogate whose pair may come with the next write, or 0. */
	private char high;

	public Utf8Buffer(int capacity) {
		bytes = new byte[capacity];
	}

	/**
	 * The text as UTF-8, the bytes of {@code text.getBytes(UTF_8)}, encoded in a buffer the thread
	 * keeps: the JDK's encoder sizes its array for three bytes a character when the text has any
	 * character beyond Latin-1 (a checklist's dash, Chinese text) and then copies it.
	 */
	public static byte[] encode(String text) {
		Utf8Buffer buffer = ENCODING.get();
		buffer.reset();
		buffer.write(text);
		byte[] bytes = buffer.toByteArray();
		if (buffer.capacity() > KEPT_FOR_ENCODING) {
			ENCODING.remove(); // an unusually large text's room is not kept
		}
		return bytes;
	}

	private static final int KEPT_FOR_ENCODING = 1 << 20;
	private static final ThreadLocal<Utf8Buffer> ENCODING = ThreadLocal.withInitial(() -> new Utf8Buffer(1 << 16));

	/** Empties the buffer for the next page, keeping its room. */
	public void reset() {
		size = 0;
		high = 0;
	}

	/** The room it keeps, in bytes. */
	public int capacity() {
		return bytes.length;
	}

	/** The bytes written since the last reset, the surrogate left pending written as '?'. */
	public byte[] toByteArray() {
		return from(0);
	}

	/** The bytes written since the last reset from the given position on (a count of bytes). */
	public byte[] from(int start) {
		flushHigh();
		return Arrays.copyOfRange(bytes, start, size);
	}

	/**
	 * The same bytes as {@link #from}, in pieces of at most pieceSize: a piece of half a G1 region
	 * or more is a "humongous" object, whose allocation starts a concurrent collection cycle (a
	 * folder's model.json entries are 700 KB; Maven, Eclipse and the language server run G1).
	 */
	public List<byte[]> piecesFrom(int start, int pieceSize) {
		flushHigh();
		List<byte[]> pieces = new ArrayList<>();
		for (int at = start; at < size; at += pieceSize) {
			pieces.add(Arrays.copyOfRange(bytes, at, Math.min(size, at + pieceSize)));
		}
		return pieces;
	}

	/** A byte written since the last reset. */
	public byte byteAt(int index) {
		return bytes[Objects.checkIndex(index, size)];
	}

	/** The bytes written since the last reset, a surrogate still pending aside. */
	public int size() {
		return size;
	}

	@Override
	public void write(String text) {
		write(text, 0, text.length());
	}

	@Override
	public void write(String text, int offset, int length) {
		if (length <= SHORT) { // a JSON writer's separators and indentation: not worth a copy
			ensureRoom(length * 3 + 4);
			for (int i = offset, end = offset + length; i < end; i++) {
				char c = text.charAt(i);
				if (c >= 0x80 || high != 0) {
					write(text.substring(i, end).toCharArray(), 0, end - i);
					return;
				}
				bytes[size++] = (byte) c;
			}
			return;
		}
		// Copied into a char array a piece at a time: a loop over an array is what the first JIT tier
		// compiles best, where charAt checks the string's coding at every character.
		for (int start = offset, end = offset + length; start < end;) {
			int piece = Math.min(end - start, chars.length);
			text.getChars(start, start + piece, chars, 0);
			write(chars, 0, piece);
			start += piece;
		}
	}

	@Override
	public void write(char[] text, int offset, int length) {
		ensureRoom(length * 3 + 4);
		byte[] out = bytes;
		int n = size;
		int i = offset, end = offset + length;
		if (high != 0 && i < end) { // the pair of the last write's high surrogate, or '?' for it
			if (Character.isLowSurrogate(text[i])) {
				n = fourBytes(out, n, Character.toCodePoint(high, text[i++]));
			} else {
				out[n++] = '?';
			}
			high = 0;
		}
		for (; i < end; i++) {
			char c = text[i];
			if (c < 0x80) {
				out[n++] = (byte) c;
			} else if (c < 0x800) {
				out[n++] = (byte) (0xc0 | c >> 6);
				out[n++] = (byte) (0x80 | c & 0x3f);
			} else if (Character.isHighSurrogate(c)) {
				if (i + 1 == end) {
					high = c; // its pair may come with the next write
				} else if (Character.isLowSurrogate(text[i + 1])) {
					n = fourBytes(out, n, Character.toCodePoint(c, text[++i]));
				} else {
					out[n++] = '?';
				}
			} else if (Character.isLowSurrogate(c)) {
				out[n++] = '?';
			} else {
				out[n++] = (byte) (0xe0 | c >> 12);
				out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
				out[n++] = (byte) (0x80 | c & 0x3f);
			}
		}
		size = n;
	}

	/**
	 * Text known to be ASCII (names, numbers, colours, markup), copied byte for byte: for such a
	 * string the JDK copies its bytes as an array, where encoding looks at every character.
	 */
	@SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) is the array copy, and right for ASCII
	public void writeAscii(String ascii) {
		flushHigh();
		int length = ascii.length();
		ensureRoom(length);
		ascii.getBytes(0, length, bytes, size);
		size += length;
	}

	/** ASCII text being built (a number, a list of points), copied character by character. */
	public void writeAscii(CharSequence ascii) {
		flushHigh();
		int length = ascii.length();
		ensureRoom(length);
		for (int i = 0; i < length; i++) {
			bytes[size++] = (byte) ascii.charAt(i);
		}
	}

	/** An ASCII character. */
	public void writeAscii(char ascii) {
		flushHigh();
		ensureRoom(1);
		bytes[size++] = (byte) ascii;
	}

	/** Bytes that are UTF-8 already, copied as they are (a piece of another buffer's text). */
	public void writeUtf8(byte[] utf8, int offset, int length) {
		flushHigh();
		ensureRoom(length);
		System.arraycopy(utf8, offset, bytes, size, length);
		size += length;
	}

	@Override
	public void write(int c) {
		chars[0] = (char) c;
		write(chars, 0, 1);
	}

	@Override
	public Writer append(CharSequence text) {
		write(String.valueOf(text));
		return this;
	}

	@Override
	public Writer append(char c) {
		write(c);
		return this;
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	private void flushHigh() {
		if (high != 0) {
			ensureRoom(1);
			bytes[size++] = '?';
			high = 0;
		}
	}

	private static int fourBytes(byte[] out, int n, int codePoint) {
		out[n++] = (byte) (0xf0 | codePoint >> 18);
		out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
		out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
		out[n++] = (byte) (0x80 | codePoint & 0x3f);
		return n;
	}

	private void ensureRoom(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}
}
