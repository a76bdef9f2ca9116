package org.svcworkbench.svc.diagram.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

	private PngFile() {
	}

	/** The file of width × height pixels whose red, green and blue bytes follow one another in rgb, row by row. */
	static byte[] of(byte[] rgb, int width, int height, int dotsPerInch, int deflateLevel) {
		int row = 3 * width;
		if ((long) row * height > rgb.length) {
			throw new IllegalArgumentException(width + " x " + height + " pixels need " + (long) row * height + " bytes");
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream(64 + height + row * height / 16);
		file.writeBytes(SIGNATURE);
		byte[] header = new byte[13];
		putInt(header, 0, width);
		putInt(header, 4, height);
		header[8] = DEPTH;
		header[9] = RGB; // compression 0 (deflate), filter method 0, no interlace follow as zeros
		chunk(file, "IHDR", header, header.length);
		byte[] density = new byte[9];
		int perMetre = (int) Math.round(dotsPerInch / METRES_PER_INCH);
		putInt(density, 0, perMetre);
		putInt(density, 4, perMetre);
		density[8] = METRE;
		chunk(file, "pHYs", density, density.length);
		byte[] deflated = deflate(rgb, row, height, deflateLevel);
		chunk(file, "IDAT", deflated, deflated.length);
		chunk(file, "IEND", new byte[0], 0);
		return file.toByteArray();
	}

	/** The zlib stream of the rows, each behind its filter-type byte. */
	private static byte[] deflate(byte[] rgb, int row, int height, int level) {
		Deflater deflater = new Deflater(level);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, row * height / 16));
			byte[] buffer = new byte[64 * 1024];
			byte[] unfiltered = new byte[1 + row];
			unfiltered[0] = FILTER_NONE;
			byte[] sameAsAbove = new byte[1 + row]; // filtered "Up": nothing but zeros
			sameAsAbove[0] = FILTER_UP;
			for (int y = 0; y < height; y++) {
				int from = y * row;
				if (y > 0 && Arrays.equals(rgb, from, from + row, rgb, from - row, from)) {
					deflater.setInput(sameAsAbove);
				} else {
					System.arraycopy(rgb, from, unfiltered, 1, row);
					deflater.setInput(unfiltered);
				}
				while (!deflater.needsInput()) {
					out.write(buffer, 0, deflater.deflate(buffer));
				}
			}
			deflater.finish();
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		} finally {
			deflater.end();
		}
	}

	private static void chunk(ByteArrayOutputStream file, String type, byte[] data, int length) {
		byte[] head = new byte[8];
		putInt(head, 0, length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(name, 0, head, 4, 4);
		file.write(head, 0, 8);
		file.write(data, 0, length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, 0, length);
		byte[] tail = new byte[4];
		putInt(tail, 0, (int) crc.getValue());
		file.write(tail, 0, 4);
	}

	private static void putInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}
}
