package org.svcworkbench.svc.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;

/**
 * A .svc file read strictly as UTF-8: a byte-order mark at the start is skipped silently (Windows
 * editors write one); bytes that are not UTF-8 give one clear error naming the first bad byte,
 * instead of a cascade of errors about replacement characters, and saying which encoding the
 * file was saved in when it is one an editor offers (UTF-16, GBK).
 */
public class SvcResource extends LazyLinkingResource {

	@Inject private Findings findings;

	private String encodingProblem;

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		encodingProblem = null;
		super.doLoad(inputStream, options);
		if (encodingProblem != null) {
			getErrors().add(new EncodingDiagnostic(encodingProblem));
		}
	}

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(getEncoding())) {
			return super.createReader(inputStream);
		}
		byte[] bytes = inputStream.readAllBytes();
		if (utf16(bytes)) {
			encodingProblem = findings.text("syntax.encoding.utf16");
			return new StringReader("");
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			String key = chineseInGbk(bytes) ? "syntax.encoding.gbk" : "syntax.encoding";
			encodingProblem = findings.text(key, String.format("%02X", bytes[offset] & 0xFF), offset);
			return new StringReader("");
		}
		return new StringReader(out.flip().toString());
	}

	/**
	 * Saved as UTF-16 (Windows Notepad's "Unicode"): its byte-order mark, or, without one, a zero
	 * byte beside most ASCII characters of the start, which UTF-8 text never has.
	 */
	private static boolean utf16(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
			return true;
		}
		int zeros = 0, checked = Math.min(bytes.length, 200);
		for (int i = 0; i < checked; i++) {
			zeros += bytes[i] == 0 ? 1 : 0;
		}
		return checked >= 8 && zeros * 3 >= checked;
	}

	/**
	 * Whether bytes that are not UTF-8 read as Chinese text in GBK (GB18030), the encoding Chinese
	 * Windows editors save in: the message then says so, which a byte's number would not.
	 */
	private static boolean chineseInGbk(byte[] bytes) {
		try {
			String text = java.nio.charset.Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		} catch (java.nio.charset.CharacterCodingException e) {
			return false;
		}
	}
}
