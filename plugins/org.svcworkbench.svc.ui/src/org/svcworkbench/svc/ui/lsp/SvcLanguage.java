package org.svcworkbench.svc.ui.lsp;

import org.svcworkbench.svc.ide.SvcIdeSetup;
import org.svcworkbench.svc.load.SvcSession;

import com.google.inject.Injector;

/** The language's injector (runtime and IDE services), created once for the Eclipse process. */
public final class SvcLanguage {

	private static Injector injector;
	private static SvcSession session;

	private SvcLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new SvcIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Checking folder models with the editor's injector, as the command line checks them. */
	public static synchronized SvcSession session() {
		if (session == null) {
			session = new SvcSession(injector());
		}
		return session;
	}
}
