package org.svcworkbench.svc.ui.lsp;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The error log of the SVC UI bundle (Window > Show View > Error Log, and the .log file). */
public final class SvcUiLog {

	static final String BUNDLE = "org.svcworkbench.svc.ui";

	private SvcUiLog() {
	}

	public static void warning(String message, Throwable cause) {
		ILog.of(SvcUiLog.class).log(Status.warning(message, cause));
	}

	public static void error(String message, Throwable cause) {
		ILog.of(SvcUiLog.class).log(Status.error(message, cause));
	}

	public static void info(String message) {
		ILog.of(SvcUiLog.class).log(new Status(IStatus.INFO, BUNDLE, message));
	}
}
