package org.svcworkbench.svc.diagram;

/** What a diagram calls a model element: its label when it has one, else its name. */
public final class Labels {
	private Labels() {
	}

	public static String of(String label, String name) {
		return label != null && !label.isBlank() ? label : name;
	}
}
