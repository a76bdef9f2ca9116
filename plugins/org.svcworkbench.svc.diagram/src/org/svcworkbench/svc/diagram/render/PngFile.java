package org.svcworkbench.svc.diagram.render;

import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A PNG file (ISO/IEC 15948) of 8-bit RGB pixels given as bytes in that order, row after row: the
 * IHDR, pHYs, one IDAT and IEND chunks. The pixel bytes are compressed as they are, every row
 * unfiltered (filter type 0), by {@link ScanlineDeflater}, with nothing converted on the way: an
 * encoder that takes a BufferedImage turns every pixel into bytes first, which was half of what a
 * PNG cost (PngEncodingBenchmark).
 */
final class PngFile {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final int RGB = 2, DEPTH = 8, METRE = 1;
	private static final double METRES_PER_INCH = 0.0254;
	/** A chunk's length, type and CRC around its data. */
	private static final int CHUNK_OVERHEAD = 12;
	/** Where the IDAT chunk's data starts: behind the signature, IHDR, pHYs and IDAT's own length and type. */
	private static final int IDAT_DATA = 8 + CHUNK_OVERHEAD + 13 + CHUNK_OVERHEAD + 9 + 8;

	private PngFile() {
	}

	/** The file of width × height pixels whose red, green and blue bytes follow one another in rgb, row by row. */
	static byte[] of(byte[] rgb, int width, int height, int dotsPerInch) {
		return of(rgb, width, height, dotsPerInch, new ScanlineDeflater());
	}

	/** The same, written with the deflater's tables and into its file first (copied out at the end). */
	static byte[] of(byte[] rgb, int width, int height, int dotsPerInch, ScanlineDeflater deflater) {
		int row = 3 * width;
		if ((long) row * height > rgb.length) {
			throw new IllegalArgumentException(width + " x " + height + " pixels need " + (long) row * height + " bytes");
		}
		// Compressed straight behind the chunks before it, into room for a fortieth of the pixels'
		// bytes (diagrams compress 40 to 80 times), doubled when that is not enough.
		byte[] file = deflater.file(IDAT_DATA + Math.max(1 << 16, row / 40 * height));
		Arrays.fill(file, 0, IDAT_DATA, (byte) 0);
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
		ScanlineDeflater.Deflated deflated = deflater.deflate(rgb, row, height, file, IDAT_DATA);
		int end = deflated.end();
		file = Arrays.copyOf(deflated.file(), end + 4 + CHUNK_OVERHEAD); // its CRC, and IEND
		beginChunk(file, idat, "IDAT", end - IDAT_DATA);
		int iend = beginChunk(file, endChunk(file, IDAT_DATA, end), "IEND", 0);
		endChunk(file, iend, iend);
		return file;
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
