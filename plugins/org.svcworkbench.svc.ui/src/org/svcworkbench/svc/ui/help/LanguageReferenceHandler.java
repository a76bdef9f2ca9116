package org.svcworkbench.svc.ui.help;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.svcworkbench.svc.ui.SvcUiPlugin;

/** Help > SVC Language Reference: the reference in a browser (the workbench's own, or the system's). */
public class LanguageReferenceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			Path folder = Platform.getStateLocation(Platform.getBundle(SvcUiPlugin.ID)).toPath().resolve("help");
			Path page = LanguageReference.write(folder);
			PlatformUI.getWorkbench().getBrowserSupport()
					.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR, "org.svcworkbench.svc.ui.reference",
							"SVC Language Reference", "The .svc language: every construct, by the domain's sections, and every finding")
					.openURL(page.toUri().toURL());
		} catch (IOException | PartInitException e) {
			throw new ExecutionException("The language reference could not be shown: " + e.getMessage(), e);
		}
		return null;
	}
}
