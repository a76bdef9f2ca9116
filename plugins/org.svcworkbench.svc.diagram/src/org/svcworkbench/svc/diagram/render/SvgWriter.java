package org.svcworkbench.svc.diagram.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.scene.Style;
import org.svcworkbench.svc.load.Utf8Buffer;
import org.svcworkbench.svc.words.BidiIsolation;

/**
 * Scene to SVG 1.1 text: self-contained (no external references), text kept as {@code <text>},
 * paint as presentation attributes (every renderer reads them), a {@code <title>} for the
 * diagram and for every group. Written straight into one buffer ({@link Xml}): text escapes
 * {@code & < >}, attribute values {@code & < > "} too, as the JDK's StAX writer did before (the
 * same bytes); characters XML cannot carry at all (control characters) become U+FFFD. Same
 * scene, same bytes.
 */
public final class SvgWriter {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	private final String fontFamilies;

	public SvgWriter(String fontFamilies) {
		this.fontFamilies = fontFamilies;
	}

	/** The scene's SVG document as text. */
	public String write(Scene scene) {
		return document(scene).text();
	}

	/** The scene's SVG document as the UTF-8 bytes of its file. */
	public SvgDocument document(Scene scene) {
		Utf8Buffer kept = BUFFERS.get();
		BUFFERS.set(null); // lent out: a drawing within a drawing would take a buffer of its own
		Utf8Buffer buffer = kept != null ? kept : new Utf8Buffer(32 * 1024);
		buffer.reset();
		try {
			return write(scene, new Xml(buffer));
		} finally {
			if (buffer.capacity() <= KEPT_BYTES) {
				BUFFERS.set(buffer);
			}
		}
	}

	/**
	 * The buffer a thread's drawings are written into, one after the other, as UTF-8: the file takes
	 * its bytes and an HTML page copies its svg element, where text in a StringBuilder (two bytes a
	 * character from a diagram's first arrow or minus sign on) was made into a String, encoded for
	 * the file and encoded again inside the page (a tenth of documenting a portfolio).
	 */
	private static final ThreadLocal<Utf8Buffer> BUFFERS = new ThreadLocal<>();
	private static final int KEPT_BYTES = 1 << 19;

	private SvgDocument write(Scene scene, Xml xml) {
		xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.raw("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
		int elementStart = xml.position();
		xml.start("svg");
		xml.attribute("xmlns", SVG_NS);
		xml.attribute("version", "1.1");
		String diagramId = new Ids("").id(scene.id());
		xml.attribute("id", diagramId);
		xml.attribute("width", scene.width());
		xml.attribute("height", scene.height());
		xml.attribute("viewBox", "0 0 " + number(scene.width()) + " " + number(scene.height()));
		xml.attribute("font-family", fontFamilies);
		xml.newline();
		element(xml, "title", scene.title());
		// Every other id starts with the diagram's, so that several diagrams inlined in one HTML
		// page never share one (a page's ids must be unique).
		Ids ids = new Ids(diagramId + ".");
		defs(xml, ids.arrow);
		xml.start("rect");
		xml.attribute("width", scene.width());
		xml.attribute("height", scene.height());
		xml.attribute("fill", "#ffffff");
		xml.end();
		xml.newline();
		for (Shape shape : scene.shapes()) {
			shape(xml, shape, ids);
		}
		xml.end();
		int elementEnd = xml.position();
		xml.newline();
		return xml.document(elementStart, elementEnd);
	}

	private static void defs(Xml xml, String arrow) {
		xml.start("defs");
		xml.start("marker");
		xml.attribute("id", arrow);
		xml.attribute("viewBox", "0 0 10 10");
		xml.attribute("refX", "10");
		xml.attribute("refY", "5");
		xml.attribute("markerWidth", "8");
		xml.attribute("markerHeight", "8");
		xml.attribute("markerUnits", "userSpaceOnUse");
		xml.attribute("orient", "auto");
		xml.start("path");
		xml.attribute("d", "M0,0 L10,5 L0,10 z");
		xml.attribute("fill", Paint.of(Style.FLOW).stroke());
		xml.end();
		xml.end();
		xml.end();
		xml.newline();
	}

	private void shape(Xml xml, Shape shape, Ids ids) {
		switch (shape) {
		case Shape.Group group -> {
			xml.start("g");
			xml.attribute("id", ids.id(group.id()));
			if (group.tooltip() != null && !group.tooltip().isEmpty()) {
				element(xml, "title", group.tooltip());
			}
			for (Shape child : group.children()) {
				shape(xml, child, ids);
			}
			xml.end();
			xml.newline();
		}
		case Shape.Box box -> {
			Rect r = box.bounds();
			xml.start("rect");
			xml.attribute("x", r.x());
			xml.attribute("y", r.y());
			xml.attribute("width", r.width());
			xml.attribute("height", r.height());
			if (box.cornerRadius() > 0) {
				xml.attribute("rx", box.cornerRadius());
			}
			paint(xml, box.style());
			if (box.tooltip() != null && !box.tooltip().isEmpty()) {
				element(xml, "title", box.tooltip());
			}
			xml.end();
			xml.newline();
		}
		case Shape.Diamond diamond -> {
			Rect r = diamond.bounds();
			xml.empty("polygon");
			xml.points(List.of(new Point(r.centerX(), r.y()), new Point(r.right(), r.centerY()), new Point(r.centerX(), r.bottom()),
					new Point(r.x(), r.centerY())));
			paint(xml, diamond.style());
			xml.newline();
		}
		case Shape.Circle circle -> {
			xml.empty("circle");
			xml.attribute("cx", circle.center().x());
			xml.attribute("cy", circle.center().y());
			xml.attribute("r", circle.radius());
			paint(xml, circle.style());
			xml.newline();
		}
		case Shape.Line line -> {
			xml.empty("polyline");
			xml.points(line.points());
			xml.attribute("fill", "none");
			paint(xml, line.style());
			if (line.arrow()) {
				xml.attribute("marker-end", "url(#" + ids.arrow + ")");
			}
			xml.newline();
		}
		case Shape.Text text -> {
			xml.start("text");
			xml.attribute("x", text.x());
			xml.attribute("y", text.y());
			xml.attribute("font-size", text.size());
			if (text.bold()) {
				xml.attribute("font-weight", "bold");
			}
			if (text.anchor() != Shape.Anchor.START) {
				xml.attribute("text-anchor", text.anchor() == Shape.Anchor.MIDDLE ? "middle" : "end");
			}
			paint(xml, text.style());
			xml.text(xmlSafe(BidiIsolation.isolate(text.text())));
			xml.end();
			xml.newline();
		}
		}
	}

	private static void paint(Xml xml, Style style) {
		Paint paint = Paint.of(style);
		if (paint.fill() != null) {
			xml.attribute("fill", paint.fill());
		}
		if (paint.stroke() != null && !paint.text()) {
			xml.attribute("stroke", paint.stroke());
			xml.attribute("stroke-width", paint.strokeWidth());
		}
		if (paint.dash() != null) {
			xml.attribute("stroke-dasharray", paint.dash());
		}
		if (paint.italic()) {
			xml.attribute("font-style", "italic");
		}
	}

	private static void element(Xml xml, String name, String text) {
		xml.start(name);
		xml.text(xmlSafe(BidiIsolation.isolate(text)));
		xml.end();
	}

	private static void appendPoints(List<Point> points, StringBuilder text) {
		for (int i = 0; i < points.size(); i++) {
			if (i > 0) {
				text.append(' ');
			}
			appendNumber(points.get(i).x(), text);
			text.append(',');
			appendNumber(points.get(i).y(), text);
		}
	}

	/**
	 * The SVG being written, element by element, into one buffer: a diagram's thousands of numbers
	 * and names are appended where they go, not made into strings first (StAX took each attribute as
	 * a String, and these were a ninth of a documentation run's allocation). A start tag stays open
	 * for attributes until the next element, text or end; an element begun with {@link #empty} is
	 * closed as {@code <name .../>}, one begun with {@link #start} always gets its end tag.
	 */
	private static final class Xml {
		private final Utf8Buffer out;
		/** A number or a list of points, built before it is copied. */
		private final StringBuilder ascii = new StringBuilder(64);
		private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
		/** "/>" or ">" while a start tag takes attributes, else null. */
		private String pendingClose;

		Xml(Utf8Buffer out) {
			this.out = out;
		}

		void raw(String text) {
			out.writeAscii(text);
		}

		void start(String name) {
			closeTag();
			out.writeAscii('<');
			out.writeAscii(name);
			open.push(name);
			pendingClose = ">";
		}

		void empty(String name) {
			closeTag();
			out.writeAscii('<');
			out.writeAscii(name);
			pendingClose = "/>";
		}

		void attribute(String name, String value) {
			out.writeAscii(' ');
			out.writeAscii(name);
			out.writeAscii("=\"");
			escape(value, true);
			out.writeAscii('"');
		}

		void attribute(String name, double value) {
			ascii.setLength(0);
			appendNumber(value, ascii);
			asciiAttribute(name);
		}

		void points(List<Point> points) {
			ascii.setLength(0);
			appendPoints(points, ascii);
			asciiAttribute("points");
		}

		private void asciiAttribute(String name) {
			out.writeAscii(' ');
			out.writeAscii(name);
			out.writeAscii("=\"");
			out.writeAscii(ascii);
			out.writeAscii('"');
		}

		void text(String text) {
			closeTag();
			escape(text, false);
		}

		void newline() {
			closeTag();
			out.writeAscii('\n');
		}

		void end() {
			closeTag();
			out.writeAscii("</");
			out.writeAscii(open.pop());
			out.writeAscii('>');
		}

		private void closeTag() {
			if (pendingClose != null) {
				out.writeAscii(pendingClose);
				pendingClose = null;
			}
		}

		private void escape(String text, boolean attribute) {
			int from = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				String entity = switch (c) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> attribute ? "&quot;" : null;
				default -> null;
				};
				if (entity != null) {
					out.write(text, from, i - from);
					out.writeAscii(entity);
					from = i + 1;
				}
			}
			out.write(text, from, text.length() - from);
		}

		int position() {
			closeTag();
			return out.size();
		}

		SvgDocument document(int elementStart, int elementEnd) {
			return new SvgDocument(out.toByteArray(), elementStart, elementEnd);
		}
	}

	/** At most two decimals, no trailing zeros, never exponent notation or a locale's comma. */
	static String number(double value) {
		StringBuilder text = new StringBuilder(12);
		appendNumber(value, text);
		return text.toString();
	}

	/** The same, appended: without a string of its own. */
	private static void appendNumber(double value, StringBuilder text) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			text.append((long) value); // most coordinates are whole: no decimal arithmetic for them
			return;
		}
		double hundredths = value * 100;
		double fraction = hundredths - Math.floor(hundredths);
		if (Math.abs(hundredths) < 1e9 && Math.abs(fraction - 0.5) > 1e-6) {
			// Not near a tie: the nearest hundredth is the one decimal rounding gives, without a
			// BigDecimal (each was five objects; diagrams have thousands of such numbers).
			appendHundredths(Math.round(hundredths), text);
		} else {
			text.append(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
		}
	}

	/** A count of hundredths as a decimal number: "-12.5" for -1250, "0.05" for 5, "3" for 300. */
	private static void appendHundredths(long hundredths, StringBuilder text) {
		if (hundredths < 0) {
			text.append('-');
			hundredths = -hundredths;
		}
		text.append(hundredths / 100);
		int cents = (int) (hundredths % 100);
		if (cents != 0) {
			text.append('.').append((char) ('0' + cents / 10));
			if (cents % 10 != 0) {
				text.append((char) ('0' + cents % 10));
			}
		}
	}

	/** XML 1.0 cannot carry control characters (not even escaped) or lone surrogates. */
	static String xmlSafe(String text) {
		if (alreadySafe(text)) {
			return text; // nearly every label: no copy (the copy was a percent of documenting a portfolio)
		}
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

	/** No character that {@link #xmlSafe} would change: no control, line break or surrogate, no U+FFFE/U+FFFF. */
	private static boolean alreadySafe(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE) {
				return false;
			}
		}
		return true;
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
			StringBuilder id = new StringBuilder(prefix.length() + wanted.length() + 3);
			for (int i = 0, c; i < wanted.length(); i += Character.charCount(c)) {
				c = wanted.codePointAt(i);
				id.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
			}
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
