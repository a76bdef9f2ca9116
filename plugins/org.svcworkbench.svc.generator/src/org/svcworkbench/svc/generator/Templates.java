package org.svcworkbench.svc.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

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
			engine.getTemplate(template).evaluate(page, context);
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
	private static final ThreadLocal<Utf8Buffer> PAGES = ThreadLocal.withInitial(() -> new Utf8Buffer(1 << 17));
}
