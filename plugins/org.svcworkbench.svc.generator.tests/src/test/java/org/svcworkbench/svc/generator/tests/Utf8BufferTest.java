package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.load.Utf8Buffer;

/**
 * Pages and model.json are encoded by {@link Utf8Buffer}: its bytes must be those the JDK's UTF-8
 * writer makes of the same writes, Chinese, emoji and broken surrogates included, however the
 * text is cut into writes.
 */
class Utf8BufferTest {

	private static final String[] PIECES = { "Service", " ", "咖啡馆", "→", "—", "é", "😀", "\ud83d", "\ude00", "<&>", "\n  ", "\u202e",
			"a".repeat(40), "点单".repeat(30), "\u0000", "\uffff" };

	@Test
	void chineseAndEmojiAreTheBytesOfStringGetBytes() {
		Utf8Buffer buffer = new Utf8Buffer(4);
		String text = "咖啡馆 — café → 😀 " + "x".repeat(3000);
		buffer.write(text);
		assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
	}

	@Test
	void encodedTextIsTheBytesOfStringGetBytesAlsoAfterALargeOne() {
		Random random = new Random(20);
		for (int round = 0; round < 2000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(round % 100 == 0 ? 20_000 : 12); i >= 0; i--) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String written = text.toString();
			assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), Utf8Buffer.encode(written), () -> "text " + written);
		}
	}

	@Test
	void piecesJoinIntoTheBytesFromAPositionNoneLargerThanAsked() throws IOException {
		Utf8Buffer buffer = new Utf8Buffer(4);
		String text = "[咖啡馆 " + "x".repeat(1000) + " 😀\ud83d";
		buffer.write(text);
		byte[] all = buffer.toByteArray();
		for (int start : new int[] { 0, 1, 4, all.length - 1, all.length }) {
			for (int size : new int[] { 1, 3, 256, 10_000 }) {
				List<byte[]> pieces = buffer.piecesFrom(start, size);
				ByteArrayOutputStream joined = new ByteArrayOutputStream();
				for (byte[] piece : pieces) {
					assertEquals(true, piece.length > 0 && piece.length <= size, "piece of " + piece.length + " bytes, asked " + size);
					joined.write(piece);
				}
				assertArrayEquals(java.util.Arrays.copyOfRange(all, start, all.length), joined.toByteArray(), start + "/" + size);
			}
		}
	}

	@Test
	void asciiAndUtf8PiecesTakeTheirPlaceAmongTextAndEndAPendingSurrogate() {
		Utf8Buffer other = new Utf8Buffer(8);
		other.write("→ 咖啡");
		Utf8Buffer buffer = new Utf8Buffer(4);
		buffer.write("a\ud83d"); // a high surrogate whose pair never comes: '?' as the JDK writes it
		buffer.writeAscii("<rect x=\"");
		buffer.writeAscii(new StringBuilder("12.5"));
		buffer.writeAscii('"');
		buffer.writeUtf8(other.toByteArray(), 0, other.size());
		buffer.write("\ud83d\ude00 é");
		String expected = "a?<rect x=\"12.5\"→ 咖啡😀 é";
		assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
	}

	@Test
	void randomWritesGiveTheBytesOfTheJdkWriter() throws IOException {
		Random random = new Random(19);
		Utf8Buffer buffer = new Utf8Buffer(16);
		for (int round = 0; round < 2000; round++) {
			List<String> writes = new ArrayList<>();
			for (int i = random.nextInt(12); i >= 0; i--) {
				writes.add(PIECES[random.nextInt(PIECES.length)]);
			}
			ByteArrayOutputStream expected = new ByteArrayOutputStream();
			try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
				buffer.reset();
				for (String piece : writes) {
					switch (random.nextInt(4)) {
					case 0 -> {
						jdk.write(piece);
						buffer.write(piece);
					}
					case 1 -> {
						jdk.write(piece.toCharArray());
						buffer.write(piece.toCharArray());
					}
					case 2 -> {
						for (char c : piece.toCharArray()) {
							jdk.write(c);
							buffer.write(c);
						}
					}
					default -> {
						jdk.append(piece);
						buffer.append(piece);
					}
					}
				}
			}
			assertArrayEquals(expected.toByteArray(), buffer.toByteArray(), () -> "writes " + writes);
		}
	}

	@Test
	void aResetBufferStartsEmptyAndBytesFromAPositionAreThoseAfterIt() {
		Utf8Buffer buffer = new Utf8Buffer(8);
		buffer.write("old page ");
		buffer.reset();
		buffer.write("頁 ");
		int header = buffer.size();
		buffer.write("after");
		assertEquals("頁 after", new String(buffer.toByteArray(), StandardCharsets.UTF_8));
		assertEquals("after", new String(buffer.from(header), StandardCharsets.UTF_8));
		assertEquals((byte) 'a', buffer.byteAt(header));
	}
}
