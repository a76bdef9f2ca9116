package org.svcworkbench.svc.maven;

import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.load.SvcModelLoader;

import com.google.inject.Injector;

/**
 * The language, set up once per plugin class loader: Maven keeps the plugin's realm for the
 * whole build, so a reactor of many modules pays for Xtext's start-up once.
 */
final class SvcLanguage {
	private static Injector injector;

	private SvcLanguage() {
	}

	static synchronized SvcModelLoader loader() {
		if (injector == null) {
			// Fonts are measured with AWT; a build machine has no display, and needs none.
			if (System.getProperty("java.awt.headless") == null) {
				System.setProperty("java.awt.headless", "true");
			}
			injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector.getInstance(SvcModelLoader.class);
	}
}
