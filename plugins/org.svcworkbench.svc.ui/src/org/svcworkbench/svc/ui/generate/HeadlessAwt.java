package org.svcworkbench.svc.ui.generate;

/** Diagrams measure text with AWT: inside the workbench it must never open a display of its own. */
public final class HeadlessAwt {

	private HeadlessAwt() {
	}

	/** Call before the first diagram is drawn. */
	public static void ensure() {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}
}
