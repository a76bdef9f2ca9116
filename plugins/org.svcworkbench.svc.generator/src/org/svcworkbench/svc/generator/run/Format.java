package org.svcworkbench.svc.generator.run;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.svcworkbench.svc.words.WordedException;

/** The documentation formats, named as users write them on a command line or in a pom. */
public enum Format {
	HTML("html"), MARKDOWN("md"), CHECKLISTS("checklists"), JSON("json"), SVG("svg"), PNG("png");

	private final String code;

	Format(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The formats named in a list such as {@code html, md}; an unknown name is an error that lists the known ones. */
	public static Set<Format> parse(Collection<String> names) {
		Set<Format> formats = EnumSet.noneOf(Format.class);
		for (String name : names) {
			String code = name.strip().toLowerCase(Locale.ROOT);
			formats.add(Set.of(values()).stream().filter(f -> f.code.equals(code)).findFirst().orElseThrow(
					() -> new WordedException("option.unknown-format", name)));
		}
		return formats;
	}
}
