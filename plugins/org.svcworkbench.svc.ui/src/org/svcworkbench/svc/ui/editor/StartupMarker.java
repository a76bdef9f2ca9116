package org.svcworkbench.svc.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * For the start-up benchmark (releng/scripts/benchmark-workbench-startup.sh): with -Dsvc.startup.marker=FILE
 * the workbench writes the time (epoch milliseconds) at which its window is open and idle, the UI
 * thread free to take a designer's input, into FILE; with -Dsvc.startup.quit=true it then closes
 * as File > Exit does, so the next start finds the workspace saved.
 */
final class StartupMarker {

	private StartupMarker() {
	}

	static void usable() {
		String file = System.getProperty("svc.startup.marker");
		if (file == null) {
			return;
		}
		try {
			Files.writeString(Path.of(file), Long.toString(System.currentTimeMillis()), StandardCharsets.UTF_8);
			if (Boolean.getBoolean("svc.startup.quit")) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		} catch (IOException e) {
			SvcUiLog.warning("Could not write the start-up marker " + file, e);
		}
	}
}
