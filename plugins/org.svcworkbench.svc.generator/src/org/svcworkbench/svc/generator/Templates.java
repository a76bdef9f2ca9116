package org.svcworkbench.svc.generator;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
		// Encoded on the way, not kept as a String: a page's StringBuilder turned two bytes a
		// character at its first non-Latin-1 character (a dash, an arrow), then was copied into a
		// String and again into UTF-8 bytes, six times the page in allocation. Sized like the
		// template's last page: growing the buffer page after page was a tenth of a run's allocation.
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(lastSizes.getOrDefault(template, 1 << 12));
		try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 13)) {
			engine.getTemplate(template).evaluate(out, context);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] page = bytes.toByteArray();
		lastSizes.put(template, page.length + page.length / 8);
		return page;
	}

	private final java.util.concurrent.ConcurrentHashMap<String, Integer> lastSizes = new java.util.concurrent.ConcurrentHashMap<>();
}
