package org.svcworkbench.svc.words;

import java.util.Locale;

/** What the diagrams, the reports and the viewpoint call a model element: its label when it has one, else its name. */
public final class Labels {
	private Labels() {
	}

	public static String of(String label, String name) {
		return label != null && !label.isBlank() ? label : name;
	}

	/**
	 * A diagram's title: "service · kind · diagram", without the kind when the diagram's own label
	 * already says it ("Service matrix", "服务矩阵").
	 */
	public static String title(String service, String kind, String diagram) {
		boolean saysKind = diagram.toLowerCase(Locale.ROOT).contains(kind.toLowerCase(Locale.ROOT));
		// each model label isolated, so that an override in one cannot turn the tool's words around
		return BidiIsolation.isolate(service) + " · " + (saysKind ? "" : kind + " · ") + BidiIsolation.isolate(diagram);
	}
}
