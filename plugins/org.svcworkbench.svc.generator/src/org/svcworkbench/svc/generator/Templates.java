package org.svcworkbench.svc.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import org.svcworkbench.svc.load.Utf8Buffer;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.utils.StringUtils;

/**
 * The Pebble engine of the reports: templates from this bundle's class path, HTML escaping (with
 * bidirectional controls isolated, {@link IsolatingHtmlEscaping}) of every value unless a template says otherwise ({@code | raw}, only for our own SVG; Markdown
 * templates switch to {@link MarkdownEscaping} with {@code autoescape "md"}), and
 * undefined variables as errors, so that a misspelt name fails the tests instead of printing nothing.
 */
final class Templates {

	private static final String ROOT = "org/svcworkbench/svc/generator/templates/";

	private final PebbleEngine engine;

	/** HTML templates: a newline right after a tag is dropped, so that tags can stand on lines of their own. */
	Templates() {
		this(true);
	}

	/**
	 * @param newLineTrimming false for Markdown, where every newline counts: its templates put their
	 *        tags at the ends of lines instead
	 */
	Templates(boolean newLineTrimming) {
		ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
		loader.setPrefix(ROOT);
		loader.setSuffix(".peb");
		engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
				.addEscapingStrategy("html", new IsolatingHtmlEscaping())
				.addEscapingStrategy(MarkdownEscaping.NAME, new MarkdownEscaping()).strictVariables(true)
				.newLineTrimming(newLineTrimming).build();
	}

	/** The page as UTF-8 bytes, encoded as it is written. */
	byte[] render(String template, Map<String, Object> context) {
		// Encoded on the way into a buffer the thread keeps from page to page: a page's StringBuilder
		// turned two bytes a character at its first non-Latin-1 character (a dash, an arrow), then was
		// copied into a String and again into UTF-8 bytes; and a writer, its encoder and a byte stream
		// made anew for each page were a twentieth of a run's allocation.
		Utf8Buffer page = PAGES.get();
		page.reset();
		try {
			engine.getTemplate(template).evaluate(new PageWriter(page), context);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] bytes = page.toByteArray();
		if (page.capacity() > KEPT_BYTES) {
			PAGES.remove(); // a portfolio's index page: not kept for the service pages after it
		}
		return bytes;
	}

	private static final int KEPT_BYTES = 1 << 20;

	/**
	 * Pebble's writer for a page, into the thread's buffer. A printed value comes here whole (Pebble
	 * hands a SpecializedWriter the value, not its text), so an inline SVG's bytes are copied as they
	 * are; anything else is written as Pebble writes it to any writer.
	 */
	private static final class PageWriter extends Writer implements SpecializedWriter {
		private final Utf8Buffer page;

		PageWriter(Utf8Buffer page) {
			this.page = page;
		}

		@Override
		public void write(Object value) {
			if (value instanceof InlineSvg svg) {
				svg.writeTo(page);
			} else {
				page.write(StringUtils.toString(value));
			}
		}

		@Override
		public void write(char[] text, int offset, int length) {
			page.write(text, offset, length);
		}

		@Override
		public void write(String text) {
			page.write(text);
		}

		@Override
		public void write(String text, int offset, int length) {
			page.write(text, offset, length);
		}

		@Override
		public void write(int c) {
			page.write(c);
		}

		@Override
		public void writeSpecialized(int i) {
			write((Object) i);
		}

		@Override
		public void writeSpecialized(long l) {
			write((Object) l);
		}

		@Override
		public void writeSpecialized(double d) {
			write((Object) d);
		}

		@Override
		public void writeSpecialized(float f) {
			write((Object) f);
		}

		@Override
		public void writeSpecialized(short s) {
			write((Object) s);
		}

		@Override
		public void writeSpecialized(byte b) {
			write((Object) b);
		}

		@Override
		public void writeSpecialized(char c) {
			write((Object) c);
		}

		@Override
		public void writeSpecialized(String s) {
			page.write(s);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	}
	private static final ThreadLocal<Utf8Buffer> PAGES = ThreadLocal.withInitial(() -> new Utf8Buffer(1 << 17));
}
