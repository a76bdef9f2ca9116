package org.svcworkbench.svc.diagram.render;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG file (ISO/IEC 15948) of 8-bit RGB pixels given as bytes in that order, row after row: the
 * IHDR, pHYs, one IDAT and IEND chunks, the whole deflated by the JDK's zlib. The pixel bytes go to
 * zlib as they are, a row at a time, with nothing converted on the way: an encoder that takes a
 * BufferedImage turns every pixel into bytes first, which was half of what a PNG cost
 * (PngEncodingBenchmark). A row goes unfiltered (filter type 0), except a row that repeats the one
 * above it, a third to a half of a diagram's rows: it goes with filter type 2 ("Up", each byte
 * less the one above it), as zeros, which zlib's fastest level packs tighter than the row itself:
 * the synthetic services' pictures are 4 to 10% smaller, in the same time (telling such a row is
 * one comparison of two arrays, 0.1 to 0.6 ms a picture).
 */
final class PngFile {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final int RGB = 2, DEPTH = 8, FILTER_NONE = 0, FILTER_UP = 2, METRE = 1;
	private static final double METRES_PER_INCH = 0.0254;
	/** A chunk's length, type and CRC around its data. */
	private static final int CHUNK_OVERHEAD = 12;
	/** Where the IDAT chunk's data starts: behind the signature, IHDR, pHYs and IDAT's own length and type. */
	private static final int IDAT_DATA = 8 + CHUNK_OVERHEAD + 13 + CHUNK_OVERHEAD + 9 + 8;

	private PngFile() {
	}

	/** The file of width × height pixels whose red, green and blue bytes follow one another in rgb, row by row. */
	static byte[] of(byte[] rgb, int width, int height, int dotsPerInch, int deflateLevel) {
		int row = 3 * width;
		if ((long) row * height > rgb.length) {
			throw new IllegalArgumentException(width + " x " + height + " pixels need " + (long) row * height + " bytes");
		}
		// Deflated straight behind the chunks before it, into room for a fortieth of the pixels'
		// bytes (diagrams deflate 40 to 80 times), doubled when that is not enough.
		byte[] file = new byte[IDAT_DATA + Math.max(1 << 16, row / 40 * height)];
		System.arraycopy(SIGNATURE, 0, file, 0, SIGNATURE.length);
		int data = beginChunk(file, SIGNATURE.length, "IHDR", 13);
		putInt(file, data, width);
		putInt(file, data + 4, height);
		file[data + 8] = DEPTH;
		file[data + 9] = RGB; // then compression 0 (deflate), filter method 0, no interlace: zeros
		data = beginChunk(file, endChunk(file, data, data + 13), "pHYs", 9);
		int perMetre = (int) Math.round(dotsPerInch / METRES_PER_INCH);
		putInt(file, data, perMetre);
		putInt(file, data + 4, perMetre);
		file[data + 8] = METRE;
		int idat = endChunk(file, data, data + 9);
		Deflated deflated = deflate(rgb, row, height, deflateLevel, file, IDAT_DATA);
		int end = deflated.end();
		file = Arrays.copyOf(deflated.file(), end + 4 + CHUNK_OVERHEAD); // its CRC, and IEND
		beginChunk(file, idat, "IDAT", end - IDAT_DATA);
		int iend = beginChunk(file, endChunk(file, IDAT_DATA, end), "IEND", 0);
		endChunk(file, iend, iend);
		return file;
	}

	/** The file, perhaps enlarged, with the zlib stream from IDAT_DATA up to end. */
	private record Deflated(byte[] file, int end) {
	}

	/** The zlib stream of the rows, each behind its filter-type byte, written into the file from at. */
	private static Deflated deflate(byte[] rgb, int row, int height, int level, byte[] file, int at) {
		Deflater deflater = new Deflater(level);
		try {
			byte[] unfiltered = new byte[1 + row];
			unfiltered[0] = FILTER_NONE;
			byte[] sameAsAbove = new byte[1 + row]; // filtered "Up": nothing but zeros
			sameAsAbove[0] = FILTER_UP;
			for (int y = 0; y <= height; y++) { // the turn after the last row finishes the stream
				int from = y * row;
				if (y == height) {
					deflater.finish();
				} else if (y > 0 && Arrays.equals(rgb, from, from + row, rgb, from - row, from)) {
					deflater.setInput(sameAsAbove);
				} else {
					System.arraycopy(rgb, from, unfiltered, 1, row);
					deflater.setInput(unfiltered);
				}
				while (y < height ? !deflater.needsInput() : !deflater.finished()) {
					if (file.length - at < 1 << 12) {
						file = Arrays.copyOf(file, 2 * file.length);
					}
					at += deflater.deflate(file, at, file.length - at);
				}
			}
			return new Deflated(file, at);
		} finally {
			deflater.end();
		}
	}

	/** Writes a chunk's length and type at; its data goes behind them, at the position returned. */
	private static int beginChunk(byte[] file, int at, String type, int length) {
		putInt(file, at, length);
		for (int i = 0; i < 4; i++) {
			file[at + 4 + i] = (byte) type.charAt(i);
		}
		return at + 8;
	}

	/** Writes the CRC of the chunk whose data runs from data to end (of its type and data); returns where the next chunk starts. */
	private static int endChunk(byte[] file, int data, int end) {
		CRC32 crc = new CRC32();
		crc.update(file, data - 4, end - data + 4);
		putInt(file, end, (int) crc.getValue());
		return end + 4;
	}

	private static void putInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}
}
