package org.svcworkbench.svc.generator.view;

import java.util.EnumSet;
import java.util.Set;

import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;

/**
 * Which files a run writes beside a service's pages, so that the pages link only to files that
 * exist: the diagram kinds written as SVG and as PNG, and whether the checklists are written.
 */
public record ServiceFiles(Set<Kind> svg, Set<Kind> png, boolean checklists) {

	/** Every diagram as SVG and the checklists: what a default run writes. */
	public static final ServiceFiles DEFAULT = new ServiceFiles(EnumSet.allOf(Kind.class), EnumSet.noneOf(Kind.class), true);

	public ServiceFiles {
		svg = Set.copyOf(svg);
		png = Set.copyOf(png);
	}
}
