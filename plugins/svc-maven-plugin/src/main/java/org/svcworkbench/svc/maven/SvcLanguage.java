package org.svcworkbench.svc.maven;

import org.svcworkbench.svc.load.SvcSession;

/**
 * The language, set up once per plugin class loader: Maven keeps the plugin's realm for the
 * whole build, so a reactor of many modules pays for Xtext's start-up once.
 */
final class SvcLanguage {

	private SvcLanguage() {
	}

	static SvcSession session() {
		return SvcSession.standalone();
	}
}
