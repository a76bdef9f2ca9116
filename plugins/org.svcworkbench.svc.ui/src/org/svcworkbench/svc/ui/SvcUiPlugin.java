package org.svcworkbench.svc.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/** The SVC UI bundle: stops the in-process language server with the bundle. */
public class SvcUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.svcworkbench.svc.ui";
	/** The content type of .svc files. */
	public static final String CONTENT_TYPE = "org.svcworkbench.svc.ui.source";

	@Override
	public void stop(BundleContext context) throws Exception {
		SvcLanguageServer.stop();
		super.stop(context);
	}
}
