package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcSession;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A file saved in another encoding than UTF-8 gets one error at its start that says which one,
 * when it is one a designer's editor offers (UTF-16, Notepad's "Unicode"; GBK, what Chinese
 * Windows editors save in), and how to fix it; a byte-order mark before UTF-8 is no problem; texts
 * that an editor's wrong guess turned into U+FFFD are named.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class FileEncodingTest {

	private static final String MODEL = "service Tea \"茶馆服务\" {\n\tdescription \"安静的茶馆\"\n}\n";

	@TempDir
	Path folder;

	/** The tests' one injector: EMF's registry keeps the validator of the first one made, with its findings' language. */
	@Inject
	private Injector injector;
	@Inject
	private Findings findings;

	@AfterEach
	void backToEnglish() {
		findings.use("en"); // the injector is shared with the other test classes
	}

	@Test
	void gbkIsNamed() throws IOException {
		assertEquals(List.of("1:1 ERROR svc.syntax.encoding Saved as GBK (GB2312), not UTF-8: byte 0xB2 at offset 13 is not UTF-8."
				+ " Save it as UTF-8 text (in Notepad: Save As, Encoding UTF-8)."), findings(MODEL.getBytes(Charset.forName("GBK")), "en"));
		assertEquals(List.of("1:1 ERROR svc.syntax.encoding 此文件以 GBK（GB2312）保存，而不是 UTF-8：偏移 13 处的字节 0xB2 不是 UTF-8。请以 UTF-8 文本保存（记事本：另存为，编码选 UTF-8）。"),
				findings(MODEL.getBytes(Charset.forName("GBK")), "zh"));
	}

	@Test
	void utf16IsNamedWithOrWithoutItsByteOrderMark() throws IOException {
		String expected = "1:1 ERROR svc.syntax.encoding Saved as UTF-16 (the \"Unicode\" of Windows editors), not UTF-8: save it as UTF-8 text.";
		assertEquals(List.of(expected), findings(MODEL.getBytes(StandardCharsets.UTF_16LE), "en"), "no mark, little-endian");
		assertEquals(List.of(expected), findings(MODEL.getBytes(StandardCharsets.UTF_16), "en"), "with the mark, big-endian");
		byte[] marked = MODEL.getBytes(StandardCharsets.UTF_16LE), withMark = new byte[marked.length + 2];
		withMark[0] = (byte) 0xFF;
		withMark[1] = (byte) 0xFE;
		System.arraycopy(marked, 0, withMark, 2, marked.length);
		assertEquals(List.of(expected), findings(withMark, "en"), "with the mark, little-endian (Notepad)");
	}

	@Test
	void otherBytesAreNamedByTheFirstThatIsNotUtf8() throws IOException {
		byte[] latin1 = "service Cafe \"Café\" {\n}\n".getBytes(StandardCharsets.ISO_8859_1);
		assertEquals(List.of("1:1 ERROR svc.syntax.encoding Not a UTF-8 text file (byte 0xE9 at offset 17): save it as UTF-8 text."),
				findings(latin1, "en"));
	}

	@Test
	void utf8WithOrWithoutAByteOrderMarkIsRead() throws IOException {
		byte[] text = MODEL.getBytes(StandardCharsets.UTF_8), marked = new byte[text.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(text, 0, marked, 3, text.length);
		assertEquals(List.of(), errors(findings(text, "en")));
		assertEquals(List.of(), errors(findings(marked, "en")));
	}

	/**
	 * A file that an editor read in the wrong encoding and saved: the characters it could not read
	 * became U+FFFD. In texts that parses, and the reports would print it: one warning, at the
	 * first, counting the texts (a comment's is shown nowhere and does not count).
	 */
	@Test
	void textsThatLostTheirCharactersAreNamedOncePerFile() throws IOException {
		String lost = "service Tea \"\uFFFD\uFFFD\" {\n\tdescription \"a \uFFFD b\" // \uFFFD\n}\n";
		assertEquals(List.of("1:14 WARNING svc.text.replacement-character '\uFFFD' (U+FFFD) stands in 2 texts of this file, first here:"
				+ " an editor writes it where it could not read a file's bytes. If the file is saved in another encoding (such as GBK),"
				+ " reopen it in that one and save it as UTF-8; if it was saved with '\uFFFD', type the lost characters again."),
				replacementWarnings(findings(lost.getBytes(StandardCharsets.UTF_8), "en")));
		String one = "service Tea \"Tea\" {\n\tdescription \"安静的\uFFFD\uFFFD\"\n}\n";
		assertEquals(List.of("2:18 WARNING svc.text.replacement-character 这段文字含有“\uFFFD”（U+FFFD）：编辑器无法读取文件的字节时会写入这个符号。"
				+ "如果文件以其他编码（如 GBK）保存，请用该编码重新打开并以 UTF-8 保存；如果已带着“\uFFFD”保存，请重新输入丢失的字符。"),
				replacementWarnings(findings(one.getBytes(StandardCharsets.UTF_8), "zh")));
		assertEquals(List.of(), replacementWarnings(findings(MODEL.getBytes(StandardCharsets.UTF_8), "en")));
	}

	private static List<String> replacementWarnings(List<String> findings) {
		return findings.stream().filter(f -> f.contains("svc.text.replacement-character")).toList();
	}

	private static List<String> errors(List<String> findings) {
		return findings.stream().filter(f -> f.contains(" ERROR ")).toList();
	}

	private List<String> findings(byte[] bytes, String language) throws IOException {
		Path file = Files.write(folder.resolve("tea.svc"), bytes);
		SvcSession session = new SvcSession(injector);
		session.speak(language);
		List<SvcDiagnostic> found = session.check(folder, List.of(file)).findings();
		found.forEach(d -> MessageRules.assertPlain(d.message()));
		return found.stream().map(d -> d.line() + ":" + d.column() + " " + d.severity() + " " + d.code() + " " + d.message()).toList();
	}
}
