package org.svcworkbench.svc.ui.lsp;

import org.svcworkbench.svc.ide.SvcIdeSetup;

import com.google.inject.Injector;

/** The language's injector (runtime and IDE services), created once for the Eclipse process. */
public final class SvcLanguage {

	private static Injector injector;

	private SvcLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new SvcIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
