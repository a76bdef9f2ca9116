package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcworkbench.svc.generator.MarkdownEscaping;

/**
 * Model text in Markdown, character by character: text with nothing to escape comes out as it went
 * in, and one character that means something to Markdown anywhere in it (or at its start only) is
 * enough to escape it.
 */
class MarkdownEscapingTest {

	private final MarkdownEscaping escaping = new MarkdownEscaping();

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			Corner Café                    => Corner Café
			汽车售后服务，当场进厂                    => 汽车售后服务，当场进厂
			""                             => ""
			a-b+c=d#e                      => a-b+c=d#e
			12 cups a day                  => 12 cups a day
			1. first                       => 1\\. first
			2) second                      => 2\\) second
			# title                        => \\# title
			- item                         => \\- item
			+ item                         => \\+ item
			= rule                         => \\= rule
			pay (by card)                  => pay \\(by card\\)
			A & B < C > D                  => A &amp; B &lt; C &gt; D
			a_b*c`d~e!f                    => a\\_b\\*c\\`d\\~e\\!f
			x|y [z] {w} \\                 => x\\|y \\[z\\] \\{w\\} \\\\
			""")
	void escapesWhatMarkdownWouldReadAndNothingElse(String text, String markdown) {
		assertEquals(markdown, escaping.escape(text));
	}

	@Test
	void lineBreaksWithTheirIndentationAndTabsBecomeOneSpace() {
		assertEquals("one two", escaping.escape("one\ttwo"));
		assertEquals("first second", escaping.escape("first\n    second"));
		assertEquals("first second", escaping.escape("first \r\n second"));
		assertEquals("first second", escaping.escape("first\u2028second"));
	}

	@ParameterizedTest(name = "U+{0}")
	@CsvSource({ "202E", "202A", "2066", "2069" })
	void aBidirectionalControlIsIsolated(String hex) {
		String control = Character.toString(Integer.parseInt(hex, 16));
		String escaped = escaping.escape("plain " + control + "text");
		assertEquals('\u2068', escaped.charAt(0), "opens with a first-strong isolate");
		assertEquals('\u2069', escaped.charAt(escaped.length() - 1), "closes it");
	}
}
