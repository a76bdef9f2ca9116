package org.svcworkbench.svc.diagram.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.load.TextBuffer;
import org.svcworkbench.svc.words.BidiIsolation;

/**
 * Scene to SVG 1.1 text: self-contained (no external references), text kept as {@code <text>},
 * paint as presentation attributes (every renderer reads them), a {@code <title>} for the
 * diagram and for every group. XML escaping is the StAX writer's; characters XML cannot carry
 * at all (control characters) become U+FFFD. Same scene, same bytes.
 */
public final class SvgWriter {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	/**
	 * The JDK's own StAX writer factory, one per thread: XMLOutputFactory.newFactory() scans every
	 * jar on the class path for a provider on each call (1% of a 10,000-service generate run).
	 */
	private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newDefaultFactory);

	private final String fontFamilies;

	public SvgWriter(String fontFamilies) {
		this.fontFamilies = fontFamilies;
	}

	public String write(Scene scene) {
		TextBuffer out = new TextBuffer();
		try {
			XMLStreamWriter xml = FACTORY.get().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			newline(xml);
			xml.writeDTD("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">");
			newline(xml);
			xml.writeStartElement("svg");
			xml.writeDefaultNamespace(SVG_NS);
			xml.writeAttribute("version", "1.1");
			String diagramId = new Ids("").id(scene.id());
			xml.writeAttribute("id", diagramId);
			xml.writeAttribute("width", number(scene.width()));
			xml.writeAttribute("height", number(scene.height()));
			xml.writeAttribute("viewBox", "0 0 " + number(scene.width()) + " " + number(scene.height()));
			xml.writeAttribute("font-family", fontFamilies);
			newline(xml);
			element(xml, "title", scene.title());
			// Every other id starts with the diagram's, so that several diagrams inlined in one HTML
			// page never share one (a page's ids must be unique).
			Ids ids = new Ids(diagramId + ".");
			defs(xml, ids.arrow);
			xml.writeStartElement("rect");
			xml.writeAttribute("width", number(scene.width()));
			xml.writeAttribute("height", number(scene.height()));
			xml.writeAttribute("fill", "#ffffff");
			xml.writeEndElement();
			newline(xml);
			for (Shape shape : scene.shapes()) {
				shape(xml, shape, ids);
			}
			xml.writeEndElement();
			newline(xml);
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write SVG: " + e.getMessage(), e);
		}
		return out.toString();
	}

	private static void defs(XMLStreamWriter xml, String arrow) throws XMLStreamException {
		xml.writeStartElement("defs");
		xml.writeStartElement("marker");
		xml.writeAttribute("id", arrow);
		xml.writeAttribute("viewBox", "0 0 10 10");
		xml.writeAttribute("refX", "10");
		xml.writeAttribute("refY", "5");
		xml.writeAttribute("markerWidth", "8");
		xml.writeAttribute("markerHeight", "8");
		xml.writeAttribute("markerUnits", "userSpaceOnUse");
		xml.writeAttribute("orient", "auto");
		xml.writeStartElement("path");
		xml.writeAttribute("d", "M0,0 L10,5 L0,10 z");
		xml.writeAttribute("fill", Paint.of(Style.FLOW).stroke());
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		newline(xml);
	}

	private void shape(XMLStreamWriter xml, Shape shape, Ids ids) throws XMLStreamException {
		switch (shape) {
		case Shape.Group group -> {
			xml.writeStartElement("g");
			xml.writeAttribute("id", ids.id(group.id()));
			if (group.tooltip() != null && !group.tooltip().isEmpty()) {
				element(xml, "title", group.tooltip());
			}
			for (Shape child : group.children()) {
				shape(xml, child, ids);
			}
			xml.writeEndElement();
			newline(xml);
		}
		case Shape.Box box -> {
			Rect r = box.bounds();
			xml.writeStartElement("rect");
			xml.writeAttribute("x", number(r.x()));
			xml.writeAttribute("y", number(r.y()));
			xml.writeAttribute("width", number(r.width()));
			xml.writeAttribute("height", number(r.height()));
			if (box.cornerRadius() > 0) {
				xml.writeAttribute("rx", number(box.cornerRadius()));
			}
			paint(xml, box.style());
			if (box.tooltip() != null && !box.tooltip().isEmpty()) {
				element(xml, "title", box.tooltip());
			}
			xml.writeEndElement();
			newline(xml);
		}
		case Shape.Diamond diamond -> {
			Rect r = diamond.bounds();
			xml.writeEmptyElement("polygon");
			xml.writeAttribute("points", points(List.of(new Point(r.centerX(), r.y()), new Point(r.right(), r.centerY()),
					new Point(r.centerX(), r.bottom()), new Point(r.x(), r.centerY()))));
			paint(xml, diamond.style());
			newline(xml);
		}
		case Shape.Circle circle -> {
			xml.writeEmptyElement("circle");
			xml.writeAttribute("cx", number(circle.center().x()));
			xml.writeAttribute("cy", number(circle.center().y()));
			xml.writeAttribute("r", number(circle.radius()));
			paint(xml, circle.style());
			newline(xml);
		}
		case Shape.Line line -> {
			xml.writeEmptyElement("polyline");
			xml.writeAttribute("points", points(line.points()));
			xml.writeAttribute("fill", "none");
			paint(xml, line.style());
			if (line.arrow()) {
				xml.writeAttribute("marker-end", "url(#" + ids.arrow + ")");
			}
			newline(xml);
		}
		case Shape.Text text -> {
			xml.writeStartElement("text");
			xml.writeAttribute("x", number(text.x()));
			xml.writeAttribute("y", number(text.y()));
			xml.writeAttribute("font-size", number(text.size()));
			if (text.bold()) {
				xml.writeAttribute("font-weight", "bold");
			}
			if (text.anchor() != Shape.Anchor.START) {
				xml.writeAttribute("text-anchor", text.anchor() == Shape.Anchor.MIDDLE ? "middle" : "end");
			}
			paint(xml, text.style());
			xml.writeCharacters(xmlSafe(BidiIsolation.isolate(text.text())));
			xml.writeEndElement();
			newline(xml);
		}
		}
	}

	private static void paint(XMLStreamWriter xml, Style style) throws XMLStreamException {
		Paint paint = Paint.of(style);
		if (paint.fill() != null) {
			xml.writeAttribute("fill", paint.fill());
		}
		if (paint.stroke() != null && !paint.text()) {
			xml.writeAttribute("stroke", paint.stroke());
			xml.writeAttribute("stroke-width", number(paint.strokeWidth()));
		}
		if (paint.dash() != null) {
			xml.writeAttribute("stroke-dasharray", paint.dash());
		}
		if (paint.italic()) {
			xml.writeAttribute("font-style", "italic");
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlSafe(BidiIsolation.isolate(text)));
		xml.writeEndElement();
	}

	private static void newline(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeCharacters("\n");
	}

	static String points(List<Point> points) {
		return points.stream().map(p -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining(" "));
	}

	/** At most two decimals, no trailing zeros, never exponent notation or a locale's comma. */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value); // most coordinates are whole: no decimal arithmetic for them
		}
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** XML 1.0 cannot carry control characters (not even escaped) or lone surrogates. */
	static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				safe.append(c).append(text.charAt(++i));
			} else if (c == '\n' || c == '\r') {
				safe.append(' ');
			} else {
				safe.append(allowed ? c : '\uFFFD');
			}
		}
		return safe.toString();
	}

	/** Ids unique within a document and valid XML names, derived from the model's names. */
	static final class Ids {
		private final Set<String> used = new HashSet<>();
		private final String prefix;
		final String arrow;

		Ids(String prefix) {
			this.prefix = prefix;
			this.arrow = id("arrow");
		}

		String id(String wanted) {
			StringBuilder id = new StringBuilder();
			wanted.codePoints().forEach(c -> id.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_'));
			if (id.isEmpty() || !Character.isLetter(id.codePointAt(0)) && id.charAt(0) != '_') {
				id.insert(0, "id-");
			}
			id.insert(0, prefix);
			String unique = id.toString();
			for (int n = 2; !used.add(unique); n++) {
				unique = id + "-" + n;
			}
			return unique;
		}
	}
}
