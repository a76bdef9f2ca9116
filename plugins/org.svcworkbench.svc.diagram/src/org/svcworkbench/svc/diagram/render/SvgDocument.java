package org.svcworkbench.svc.diagram.render;

import java.nio.charset.StandardCharsets;

/**
 * An SVG document as the UTF-8 bytes of its file, and where in them its {@code <svg>} element lies:
 * what an HTML page inlines, without the XML declaration and the DOCTYPE before it and the line end
 * after it. Written once, as bytes, it is copied into the file and into the page as it is.
 */
public final class SvgDocument {
	private final byte[] utf8;
	private final int elementStart;
	private final int elementEnd;

	SvgDocument(byte[] utf8, int elementStart, int elementEnd) {
		this.utf8 = utf8;
		this.elementStart = elementStart;
		this.elementEnd = elementEnd;
	}

	/** The file's bytes; shared, not copied: not to be changed. */
	public byte[] bytes() {
		return utf8;
	}

	/** Where the svg element begins in {@link #bytes}. */
	public int elementStart() {
		return elementStart;
	}

	/** Where the svg element ends in {@link #bytes} (exclusive). */
	public int elementEnd() {
		return elementEnd;
	}

	/** The document as text. */
	public String text() {
		return new String(utf8, StandardCharsets.UTF_8);
	}

	/** The svg element as text. */
	public String elementText() {
		return new String(utf8, elementStart, elementEnd - elementStart, StandardCharsets.UTF_8);
	}
}
