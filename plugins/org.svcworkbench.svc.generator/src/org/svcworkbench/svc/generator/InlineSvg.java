package org.svcworkbench.svc.generator;

import org.svcworkbench.svc.diagram.render.SvgDocument;
import org.svcworkbench.svc.load.Utf8Buffer;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * A diagram's svg element as an HTML page shows it: markup the diagrams wrote, so the templates'
 * escaping leaves it as it is (Pebble's SafeString), and the page's writer copies its UTF-8 bytes
 * (most of a service page) instead of encoding its text again. As text, it is decoded when asked.
 */
public final class InlineSvg extends SafeString {
	private final SvgDocument document;

	public InlineSvg(SvgDocument document) {
		super(""); // the text is the document's, decoded only where a template needs it as text
		this.document = document;
	}

	void writeTo(Utf8Buffer page) {
		page.writeUtf8(document.bytes(), document.elementStart(), document.elementEnd() - document.elementStart());
	}

	@Override
	public String toString() {
		return document.elementText();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof InlineSvg svg && svg.document == document;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(document);
	}
}
