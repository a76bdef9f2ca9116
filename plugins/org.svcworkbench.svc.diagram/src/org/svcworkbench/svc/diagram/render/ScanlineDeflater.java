package org.svcworkbench.svc.diagram.render;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * The zlib stream (RFC 1950, RFC 1951) of a PNG's scanlines, each unfiltered behind its filter-type
 * byte 0, made for diagrams: flat colour, straight edges and text. At each byte it looks first for
 * a run that repeats the pixel to the left or the row above (most of a diagram's bytes), which
 * {@link Arrays#mismatch} measures many bytes at a time; elsewhere (antialiased text and edges)
 * for the last place the same four bytes were seen, as zlib's fastest level does everywhere,
 * comparing byte by byte. The symbols are Huffman-coded per block with codes made for it
 * (dynamic blocks). On the synthetic services' pictures this compresses five times as fast as
 * zlib's level 1 with both JIT tiers and about three times as fast under the first tier alone
 * (./svc's), for files 5% smaller; zlib had taken three quarters of a PNG's time. Pure Java: the
 * same pixels give the same bytes on every machine, whichever zlib it has. The JDK's Inflater
 * (zlib) reads every stream back in the tests.
 */
final class ScanlineDeflater {

	/** Deflate looks back at most this far. */
	private static final int WINDOW = 32_768;
	private static final int MIN_MATCH = 3, MAX_MATCH = 258, PIXEL = 3, FILTER_NONE = 0, HASH_BITS = 15;
	/** Symbols per block: enough for its codes to pay for their header, few enough to follow the picture's parts. */
	private static final int BLOCK_SYMBOLS = 1 << 15;
	/**
	 * A row whose bytes differ from the row above's in at most this share (1 / n) is summed from
	 * the row above's sums and the differences: each differing byte costs about what five bytes
	 * cost the JDK's Adler32 under the first JIT tier.
	 */
	private static final int CHANGED_SHARE = 5;
	/**
	 * A run of at least this many bytes that repeats the pixel to its left is summed from its
	 * pixel, whatever its length, in a row summed on its own: shorter runs cost less summed by the
	 * JDK's Adler32 along with the bytes around them than a call of their own.
	 */
	private static final int LONG_RUN = 64;
	private static final int END_OF_BLOCK = 256, LITERAL_LENGTH_CODES = 286, DISTANCE_CODES = 30, LENGTH_CODES = 19;
	private static final int MAX_CODE_BITS = 15, MAX_LENGTH_CODE_BITS = 7;
	/** The most bytes a symbol takes: a length code and its extra bits, a distance code and its extra bits (15 + 5 + 15 + 13 bits). */
	private static final int MAX_SYMBOL_BYTES = 6;
	private static final int[] LENGTH_BASE = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
			131, 163, 195, 227, 258 };
	private static final int[] LENGTH_EXTRA = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
	private static final int[] DISTANCE_BASE = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
			1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
	private static final int[] DISTANCE_EXTRA = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
			13, 13 };
	/** The order in which a dynamic block lists the code lengths of its code-length code. */
	private static final int[] LENGTH_CODE_ORDER = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
	/** The length code of each match length from 3 to 258. */
	private static final byte[] LENGTH_CODE = new byte[MAX_MATCH + 1];
	/** The distance code of distances 1 to 256, then of each 128 distances up to 32 K (as zlib keeps them). */
	private static final byte[] DISTANCE_CODE = new byte[512];

	static {
		for (int code = 0; code < LENGTH_BASE.length; code++) {
			int end = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] : MAX_MATCH + 1;
			for (int length = LENGTH_BASE[code]; length < end; length++) {
				LENGTH_CODE[length] = (byte) code;
			}
		}
		for (int code = 0; code < DISTANCE_BASE.length; code++) {
			int end = code + 1 < DISTANCE_BASE.length ? DISTANCE_BASE[code + 1] : WINDOW + 1;
			for (int distance = DISTANCE_BASE[code]; distance < end; distance++) {
				DISTANCE_CODE[distance <= 256 ? distance - 1 : 256 + (distance - 1 >> 7)] = (byte) code;
			}
		}
	}

	private BitWriter out;
	/** A block's symbols: a literal byte, or a match as its length shifted 16 bits left and its distance. */
	private final int[] symbols = new int[BLOCK_SYMBOLS];
	/** How often each literal/length code and each distance code occurs among the block's symbols so far. */
	private final int[] literalFrequencies = new int[LITERAL_LENGTH_CODES], distanceFrequencies = new int[DISTANCE_CODES];
	/** A row's parts that are not runs from the row above, as pairs of from and to. */
	private int[] changed = new int[0];
	/** A row's long runs that repeat the pixel to their left, as pairs of from and to. */
	private int[] longRuns = new int[0];
	/** Where each hash of four bytes was seen last, plus one (0: not in this stream). */
	private final int[] recent = new int[1 << HASH_BITS];
	private int count;
	/**
	 * The file the last stream was written into, kept for the next one: a documentation run writes
	 * thousands of pictures, and their tables and growing files were a third of what it allocated.
	 */
	private byte[] kept = new byte[0];

	/** A deflater for one thread at a time, which keeps its tables and its file from one stream to the next. */
	ScanlineDeflater() {
	}

	/** A file of at least the given length to write the bytes before a stream into: this deflater's last one when it is enough. */
	byte[] file(int length) {
		if (kept.length < length) {
			kept = new byte[length];
		}
		return kept;
	}

	/**
	 * Writes the zlib stream of height rows of row bytes each, taken from rgb, into file from at
	 * (enlarging it when needed); returns the file and where the stream ends. The file is kept for
	 * the next stream: copy what is needed before calling again.
	 */
	Deflated deflate(byte[] rgb, int row, int height, byte[] file, int at) {
		out = new BitWriter(file, at);
		out.bits(0x78, 8); // deflate with a 32 KB window
		out.bits(0x01, 8); // no dictionary, "fastest" level; the header is a multiple of 31
		int checksum = rows(rgb, row, height);
		out.alignToByte();
		for (int shift = 24; shift >= 0; shift -= 8) {
			out.bits(checksum >>> shift & 0xff, 8);
		}
		kept = out.file();
		return new Deflated(out.file(), out.position());
	}

	/** A file and where its written bytes end. */
	record Deflated(byte[] file, int end) {
	}

	/** Compresses the rows; returns the Adler-32 checksum of the bytes they stand for, filter bytes and all. */
	private int rows(byte[] rgb, int row, int height) {
		boolean aboveInWindow = row + 1 <= WINDOW;
		int[] recent = this.recent;
		Arrays.fill(recent, 0);
		if (changed.length < row + 2) {
			changed = new int[row + 2]; // a row has fewer than row / 3 runs from the row above, and so fewer parts between them
		}
		int[] changed = this.changed;
		if (longRuns.length < row / LONG_RUN * 2 + 2) {
			longRuns = new int[row / LONG_RUN * 2 + 2];
		}
		int[] longRuns = this.longRuns;
		RowChecksums checksums = new RowChecksums(row);
		for (int y = 0; y < height; y++) {
			int start = y * row, end = start + row;
			literalFrequencies[FILTER_NONE]++;
			add(FILTER_NONE);
			boolean above = y > 0 && aboveInWindow;
			int at = start;
			int parts = 0, changedFrom = start, fromAbove = 0; // the row's parts that are not a run from the row above
			int runs = 0;
			while (at < end) {
				byte b = rgb[at];
				int left = at - start >= PIXEL && rgb[at - PIXEL] == b ? run(rgb, at, at - PIXEL, end) : 0;
				int up = above && rgb[at - row] == b ? run(rgb, at, at - row, end) : 0;
				if (left >= MIN_MATCH && left >= up) {
					if (left >= LONG_RUN) {
						longRuns[runs++] = at - start;
						longRuns[runs++] = at - start + left;
					}
					addMatch(left, PIXEL);
					at += left;
					continue;
				}
				if (up >= MIN_MATCH) {
					if (at > changedFrom) {
						changed[parts++] = changedFrom - start;
						changed[parts++] = at - start;
					}
					fromAbove += up;
					changedFrom = at + up;
					addMatch(up, row + 1);
					at += up;
					continue;
				}
				if (end - at >= 4) {
					int hash = hash(rgb, at);
					int seen = recent[hash] - 1;
					recent[hash] = at + 1;
					if (seen >= 0) {
						int seenRow = seen / row;
						int distance = at - seen + y - seenRow; // the filter bytes in between count
						if (distance <= WINDOW && rgb[seen] == b) {
							int length = run(rgb, at, seen, Math.min(end, at + (seenRow + 1) * row - seen));
							if (length >= 4) {
								addMatch(length, distance);
								at += length;
								continue;
							}
						}
					}
				}
				literalFrequencies[b & 0xff]++; // here rather than in add: the first JIT tier inlines only short methods
				add(b & 0xff);
				at++;
			}
			if (end > changedFrom) {
				changed[parts++] = changedFrom - start;
				changed[parts++] = row;
			}
			if (row - fromAbove <= row / CHANGED_SHARE) {
				checksums.addChanged(rgb, start, changed, parts);
			} else {
				checksums.add(rgb, start, longRuns, runs);
			}
		}
		flushBlock(true);
		return checksums.value();
	}

	/**
	 * The zlib stream's Adler-32 checksum, row by row. A row's own sums (of its bytes, and of its
	 * bytes weighted by how many bytes follow each) are joined to the checksum of the rows before
	 * it. A row that is mostly runs from the row above (a third to half of a diagram's rows are
	 * wholly so, and text rows mostly) gets its sums from the row above's, corrected by the bytes
	 * that differ; any other row is summed by the JDK's Adler32, which had been a third of the
	 * deflater's time when it summed all of them, but for its long runs of one pixel (margins,
	 * boxes' insides, the space beside a line of text), whose sums follow from the pixel and the
	 * run's length (the JDK's Adler32 went from 5.7% to 5.1% of an every-format run's CPU samples).
	 */
	private static final class RowChecksums {
		private static final int MODULUS = 65_521;
		private final int row;
		private final Adler32 alone = new Adler32();
		/** The checksum's two sums so far (RFC 1950), and the last row's: its bytes' sum and their sum weighted by the bytes after each. */
		private long a = 1, b, rowSum, rowWeighted;

		RowChecksums(int row) {
			this.row = row;
		}

		/**
		 * The filter byte 0, then the row from start, summed alone: the long runs given (from and
		 * to, relative to the row's start), which repeat the pixel before them, from that pixel; the
		 * bytes between them by the JDK's Adler32.
		 */
		void add(byte[] rgb, int start, int[] longRuns, int runs) {
			rowSum = 0;
			rowWeighted = 0;
			int at = 0;
			for (int run = 0; run < runs; run += 2) {
				addSummed(rgb, start + at, longRuns[run] - at);
				addRun(rgb, start + longRuns[run], longRuns[run + 1] - longRuns[run]);
				at = longRuns[run + 1];
			}
			addSummed(rgb, start + at, row - at);
			join();
		}

		/** Adds length bytes from at to the row's sums, summed by the JDK's Adler32. */
		private void addSummed(byte[] rgb, int at, int length) {
			if (length == 0) {
				return;
			}
			alone.reset();
			alone.update(rgb, at, length);
			long value = alone.getValue();
			append(length, (value & 0xffff) - 1, (value >>> 16) - length % MODULUS);
		}

		/**
		 * Adds a run of length bytes from at that repeats the pixel before it: each of the pixel's
		 * bytes occurs at every third place, so its count and its places' weights are sums of
		 * arithmetic series.
		 */
		private void addRun(byte[] rgb, int at, int length) {
			long sum = 0, weighted = 0;
			for (int r = 0; r < PIXEL && r < length; r++) {
				long value = rgb[at - PIXEL + r] & 0xff;
				long times = (length - r + PIXEL - 1) / PIXEL;
				sum += value * times;
				// the weights of places r, r + 3, ...: length - r, length - r - 3, ...
				weighted += value * (times * (length - r) - PIXEL * (times * (times - 1) / 2));
			}
			append(length, sum, weighted);
		}

		/** The row's sums so far, followed by length bytes with these sums: the earlier bytes gain length weights each. */
		private void append(int length, long sum, long weighted) {
			rowWeighted = Math.floorMod(rowWeighted + length % MODULUS * rowSum + weighted, MODULUS);
			rowSum = Math.floorMod(rowSum + sum, MODULUS);
		}

		/**
		 * The filter byte 0, then the row from start, whose bytes are those of the row above but in
		 * the parts given (from and to, relative to the row's start): the row above's sums, corrected.
		 */
		void addChanged(byte[] rgb, int start, int[] changed, int parts) {
			long sum = 0, weighted = 0;
			for (int part = 0; part < parts; part += 2) {
				for (int i = changed[part], to = changed[part + 1]; i < to; i++) {
					int difference = (rgb[start + i] & 0xff) - (rgb[start + i - row] & 0xff);
					sum += difference;
					weighted += (long) difference * (row - i);
				}
			}
			rowSum = Math.floorMod(rowSum + sum, MODULUS);
			rowWeighted = Math.floorMod(rowWeighted + weighted, MODULUS);
			join();
		}

		private void join() {
			b = (b + a) % MODULUS; // the filter byte adds nothing to the first sum
			b = (b + rowWeighted + row % MODULUS * a) % MODULUS;
			a = (a + rowSum) % MODULUS;
		}

		int value() {
			return (int) (b << 16 | a);
		}
	}

	private static int hash(byte[] bytes, int at) {
		int four = bytes[at] & 0xff | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | bytes[at + 3] << 24;
		return four * 0x9E3779B1 >>> 32 - HASH_BITS;
	}

	/** How many bytes from at repeat those from earlier, up to end. */
	private static int run(byte[] bytes, int at, int earlier, int end) {
		int mismatch = Arrays.mismatch(bytes, at, end, bytes, earlier, earlier + end - at);
		return mismatch < 0 ? end - at : mismatch;
	}

	private void add(int literal) {
		symbols[count++] = literal;
		if (count >= BLOCK_SYMBOLS) {
			flushBlock(false);
		}
	}

	/** A repeat of any length of at least MIN_MATCH, as matches of at most MAX_MATCH of which none is shorter than MIN_MATCH. */
	private void addMatch(int length, int distance) {
		while (length > 0) {
			int piece = Math.min(length, MAX_MATCH);
			if (length - piece > 0 && length - piece < MIN_MATCH) {
				piece = length - MIN_MATCH;
			}
			symbols[count++] = piece << 16 | distance;
			literalFrequencies[257 + LENGTH_CODE[piece]]++;
			distanceFrequencies[distanceCode(distance)]++;
			length -= piece;
			if (count >= BLOCK_SYMBOLS) {
				flushBlock(false);
			}
		}
	}

	/** The block of the symbols so far, with Huffman codes made for it (a dynamic block). */
	private void flushBlock(boolean last) {
		literalFrequencies[END_OF_BLOCK]++;
		byte[] literalLengths = codeLengths(literalFrequencies, MAX_CODE_BITS);
		byte[] distanceLengths = codeLengths(distanceFrequencies, MAX_CODE_BITS);
		int[] literalCodes = codes(literalLengths);
		int[] distanceCodes = codes(distanceLengths);
		out.bits(last ? 1 : 0, 1);
		out.bits(2, 2); // dynamic Huffman codes
		writeCodeLengths(literalLengths, distanceLengths);
		writeSymbols(literalLengths, literalCodes, distanceLengths, distanceCodes);
		count = 0;
		Arrays.fill(literalFrequencies, 0);
		Arrays.fill(distanceFrequencies, 0);
	}

	/**
	 * The block's symbols in their codes. The bits are gathered in locals rather than through
	 * BitWriter.bits, a call per symbol that the first JIT tier does not inline (this loop was a
	 * tenth of an every-format run's CPU samples); room for the longest codes of every symbol is
	 * made first, so the loop never checks for it.
	 */
	private void writeSymbols(byte[] literalLengths, int[] literalCodes, byte[] distanceLengths, int[] distanceCodes) {
		int[] literals = new int[END_OF_BLOCK + 1]; // a literal's code, its length above bit 16
		for (int i = 0; i < literals.length; i++) {
			literals[i] = literalCodes[i] | literalLengths[i] << 16;
		}
		byte[] file = out.room(MAX_SYMBOL_BYTES * count);
		int at = out.at;
		long pending = out.pending;
		int pendingBits = out.pendingBits;
		int[] symbols = this.symbols;
		int previous = 0, matchCount = 0;
		long matchBits = 0;
		for (int i = 0, count = this.count; i < count; i++) {
			int symbol = symbols[i];
			if (symbol >>> 16 == 0) {
				int literal = literals[symbol];
				pending |= (long) (literal & 0xffff) << pendingBits;
				pendingBits += literal >>> 16;
			} else {
				if (symbol != previous) { // a run's matches repeat: their bits are put together once
					int length = symbol >>> 16, distance = symbol & 0xffff;
					int code = LENGTH_CODE[length];
					int lengthBits = literalCodes[257 + code] | length - LENGTH_BASE[code] << literalLengths[257 + code];
					int lengthCount = literalLengths[257 + code] + LENGTH_EXTRA[code];
					int distanceCode = distanceCode(distance);
					int distanceBits = distanceCodes[distanceCode] | distance - DISTANCE_BASE[distanceCode] << distanceLengths[distanceCode];
					matchBits = lengthBits | (long) distanceBits << lengthCount;
					matchCount = lengthCount + distanceLengths[distanceCode] + DISTANCE_EXTRA[distanceCode];
					previous = symbol;
				}
				if (pendingBits >= 16) { // room for a match's up to 48 bits
					file[at] = (byte) pending;
					file[at + 1] = (byte) (pending >>> 8);
					at += 2;
					pending >>>= 16;
					pendingBits -= 16;
				}
				pending |= matchBits << pendingBits;
				pendingBits += matchCount;
			}
			if (pendingBits >= 32) {
				putInt(file, at, (int) pending);
				at += 4;
				pending >>>= 32;
				pendingBits -= 32;
			}
		}
		out.at = at;
		out.pending = pending;
		out.pendingBits = pendingBits;
		out.bits(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
	}

	private static int distanceCode(int distance) {
		return DISTANCE_CODE[distance <= 256 ? distance - 1 : 256 + (distance - 1 >> 7)];
	}

	/**
	 * The header's part after the block type: how many literal/length and distance code lengths
	 * follow, then both sets of lengths as one sequence, run-length coded with symbols 16 (repeat
	 * the last length), 17 and 18 (runs of zeros), themselves Huffman-coded.
	 */
	private void writeCodeLengths(byte[] literalLengths, byte[] distanceLengths) {
		int literals = usedLength(literalLengths, 257), distances = usedLength(distanceLengths, 1);
		byte[] all = new byte[literals + distances];
		System.arraycopy(literalLengths, 0, all, 0, literals);
		System.arraycopy(distanceLengths, 0, all, literals, distances);
		int[] runs = new int[all.length]; // a length code, with its extra bits above bit 8
		int runCount = 0;
		for (int i = 0; i < all.length;) {
			int value = all[i], repeat = 1;
			while (i + repeat < all.length && all[i + repeat] == value) {
				repeat++;
			}
			i += repeat;
			if (value == 0) {
				while (repeat >= 11) {
					int n = Math.min(repeat, 138);
					runs[runCount++] = 18 | n - 11 << 8;
					repeat -= n;
				}
				if (repeat >= 3) {
					runs[runCount++] = 17 | repeat - 3 << 8;
					repeat = 0;
				}
			} else {
				runs[runCount++] = value;
				repeat--;
				while (repeat >= 3) {
					int n = Math.min(repeat, 6);
					runs[runCount++] = 16 | n - 3 << 8;
					repeat -= n;
				}
			}
			while (repeat-- > 0) {
				runs[runCount++] = value;
			}
		}
		int[] frequencies = new int[LENGTH_CODES];
		for (int i = 0; i < runCount; i++) {
			frequencies[runs[i] & 0xff]++;
		}
		byte[] lengths = codeLengths(frequencies, MAX_LENGTH_CODE_BITS);
		int[] codes = codes(lengths);
		int listed = LENGTH_CODES;
		while (listed > 4 && lengths[LENGTH_CODE_ORDER[listed - 1]] == 0) {
			listed--;
		}
		out.bits(literals - 257, 5);
		out.bits(distances - 1, 5);
		out.bits(listed - 4, 4);
		for (int i = 0; i < listed; i++) {
			out.bits(lengths[LENGTH_CODE_ORDER[i]], 3);
		}
		for (int i = 0; i < runCount; i++) {
			int symbol = runs[i] & 0xff, extra = runs[i] >>> 8;
			out.bits(codes[symbol], lengths[symbol]);
			if (symbol >= 16) {
				out.bits(extra, symbol == 16 ? 2 : symbol == 17 ? 3 : 7);
			}
		}
	}

	/** How many of the lengths the header lists: up to the last one used, and at least the minimum. */
	private static int usedLength(byte[] lengths, int minimum) {
		int used = lengths.length;
		while (used > minimum && lengths[used - 1] == 0) {
			used--;
		}
		return used;
	}

	/**
	 * Huffman code lengths of at most maxBits for the frequencies (0: symbol unused). At least two
	 * symbols get a code, as zlib does, so that every code is complete: a decoder need not accept
	 * a code of one symbol. Frequencies are halved until the longest code fits.
	 */
	private static byte[] codeLengths(int[] frequencies, int maxBits) {
		int[] weights = frequencies.clone();
		int used = 0;
		for (int weight : weights) {
			used += weight > 0 ? 1 : 0;
		}
		for (int i = 0; used < 2; i++) {
			if (weights[i] == 0) {
				weights[i] = 1;
				used++;
			}
		}
		while (true) {
			byte[] lengths = huffmanLengths(weights, maxBits);
			if (lengths != null) {
				return lengths;
			}
			for (int i = 0; i < weights.length; i++) {
				weights[i] = weights[i] == 0 ? 0 : (weights[i] + 1) / 2;
			}
		}
	}

	/**
	 * Plain Huffman, each leaf's depth: the used symbols sorted by weight (ties by symbol), then the
	 * two lightest of the leaves left and the trees made so far joined until one tree is left
	 * (trees are made in order of weight, so the two queues stay sorted; ties go to the leaf).
	 * Null when a code would be longer than maxBits.
	 */
	private static byte[] huffmanLengths(int[] weights, int maxBits) {
		int symbols = weights.length, used = 0;
		long[] leaves = new long[symbols]; // weight above, symbol below: sorting them sorts by weight, then symbol
		for (int i = 0; i < symbols; i++) {
			if (weights[i] > 0) {
				leaves[used++] = (long) weights[i] << 32 | i;
			}
		}
		Arrays.sort(leaves, 0, used);
		int nodes = used + used - 1;
		long[] weightOf = new long[nodes];
		int[] parent = new int[nodes];
		for (int i = 0; i < used; i++) {
			weightOf[i] = leaves[i] >>> 32;
		}
		int nextLeaf = 0, nextTree = used;
		for (int made = used; made < nodes; made++) {
			for (int k = 0; k < 2; k++) {
				boolean leaf = nextLeaf < used && (nextTree >= made || weightOf[nextLeaf] <= weightOf[nextTree]);
				int lightest = leaf ? nextLeaf++ : nextTree++;
				weightOf[made] += weightOf[lightest];
				parent[lightest] = made;
			}
		}
		int[] depth = new int[nodes];
		for (int node = nodes - 2; node >= 0; node--) { // parents come after their children
			depth[node] = depth[parent[node]] + 1;
		}
		byte[] lengths = new byte[symbols];
		for (int i = 0; i < used; i++) {
			if (depth[i] > maxBits) {
				return null;
			}
			lengths[(int) leaves[i]] = (byte) depth[i];
		}
		return lengths;
	}

	/** The canonical codes of the lengths (RFC 1951, 3.2.2), bit-reversed: deflate sends a code's first bit first. */
	private static int[] codes(byte[] lengths) {
		int[] perLength = new int[MAX_CODE_BITS + 1];
		for (byte length : lengths) {
			perLength[length]++;
		}
		perLength[0] = 0;
		int[] next = new int[MAX_CODE_BITS + 2];
		for (int bits = 1, code = 0; bits <= MAX_CODE_BITS; bits++) {
			code = (code + perLength[bits - 1]) << 1;
			next[bits] = code;
		}
		int[] codes = new int[lengths.length];
		for (int i = 0; i < lengths.length; i++) {
			int length = lengths[i];
			if (length > 0) {
				codes[i] = Integer.reverse(next[length]++) >>> 32 - length;
			}
		}
		return codes;
	}

	/** Four bytes, lowest first (short enough for the first JIT tier to inline). */
	private static void putInt(byte[] file, int at, int value) {
		file[at] = (byte) value;
		file[at + 1] = (byte) (value >>> 8);
		file[at + 2] = (byte) (value >>> 16);
		file[at + 3] = (byte) (value >>> 24);
	}

	/** Bits into a byte array, first bit lowest, as deflate packs them. */
	private static final class BitWriter {
		private byte[] file;
		private int at;
		private long pending;
		private int pendingBits;

		BitWriter(byte[] file, int at) {
			this.file = file;
			this.at = at;
		}

		void bits(int value, int count) {
			pending |= (long) value << pendingBits;
			pendingBits += count;
			if (pendingBits >= 32) {
				if (file.length - at < 4) {
					file = Arrays.copyOf(file, 2 * file.length);
				}
				putInt(file, at, (int) pending);
				at += 4;
				pending >>>= 32;
				pendingBits -= 32;
			}
		}

		/** The bits written so far, the last byte padded with zeros. */
		void alignToByte() {
			while (pendingBits > 0) {
				if (file.length == at) {
					file = Arrays.copyOf(file, 2 * file.length);
				}
				file[at++] = (byte) pending;
				pending >>>= 8;
				pendingBits = Math.max(0, pendingBits - 8);
			}
		}

		/** The file, with room for the bytes after the position (enlarged when needed). */
		byte[] room(int bytes) {
			if (file.length - at < bytes + 8) {
				file = Arrays.copyOf(file, Math.max(2 * file.length, at + bytes + 8));
			}
			return file;
		}

		byte[] file() {
			return file;
		}

		int position() {
			return at;
		}
	}
}
