package org.svcworkbench.svc.generator.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.words.WordedException;

/**
 * What a documentation run writes: formats, diagram kinds, language, the event date of the
 * standards' due dates, whether warnings fail the run (errors always do), and the pixels per SVG
 * unit of the PNG pictures.
 */
public record DocumentationOptions(Set<Format> formats, List<Kind> diagrams, DiagramLanguage language, LocalDate eventDate,
		boolean failOnWarning, double pngScale) {

	public DocumentationOptions {
		formats = Set.copyOf(formats);
		diagrams = List.copyOf(diagrams);
		if (!(pngScale >= PngRenderer.MIN_SCALE && pngScale <= PngRenderer.MAX_SCALE)) {
			throw new WordedException("option.png-scale", pngScale);
		}
	}

	/** Options with PNG pictures at twice the SVG's size (see PngRenderer). */
	public DocumentationOptions(Set<Format> formats, List<Kind> diagrams, DiagramLanguage language, LocalDate eventDate, boolean failOnWarning) {
		this(formats, diagrams, language, eventDate, failOnWarning, PngRenderer.DEFAULT_SCALE);
	}

	/** These options with PNG pictures at the scale (from 1 to 4). */
	public DocumentationOptions withPngScale(double scale) {
		return new DocumentationOptions(formats, diagrams, language, eventDate, failOnWarning, scale);
	}

	public boolean writes(Format format) {
		return formats.contains(format);
	}

	/** Diagram files are written for SVG and PNG, and as SVG for the Markdown reports that link to them. */
	boolean diagramFiles() {
		return writes(Format.SVG) || writes(Format.PNG) || writes(Format.MARKDOWN);
	}

	/** The reports and checklists build a view of the service, with all its diagrams for the HTML. */
	boolean views() {
		return writes(Format.HTML) || writes(Format.MARKDOWN) || writes(Format.CHECKLISTS);
	}

	/**
	 * The date the standards' events happen on, written YYYY-MM-DD; today when none is given. A
	 * mistake names the setting it was given in (--date, eventDate).
	 */
	public static java.time.LocalDate eventDate(String setting, String value) {
		if (value == null || value.isBlank()) {
			return java.time.LocalDate.now();
		}
		try {
			return java.time.LocalDate.parse(value.strip());
		} catch (java.time.format.DateTimeParseException e) {
			throw new WordedException("option.date", setting, value);
		}
	}

	/** Diagram kinds named in a list such as {@code blueprint, journey}; an unknown name is an error that lists the known ones. */
	public static List<Kind> diagramKinds(Collection<String> names) {
		List<Kind> kinds = new ArrayList<>();
		for (String name : names) {
			try {
				kinds.add(Kind.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
			} catch (IllegalArgumentException e) {
				throw new WordedException("option.unknown-diagram", name, java.util.Arrays.stream(Kind.values()).map(Kind::code).toList());
			}
		}
		return kinds;
	}
}
