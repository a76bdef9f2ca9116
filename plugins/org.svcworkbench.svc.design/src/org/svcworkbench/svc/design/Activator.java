package org.svcworkbench.svc.design;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Declared as a Sirius component (plugin.xml): registers description/svc.odesign with Sirius on
 * start and disposes it on stop. Sirius requires components to extend {@link Plugin}.
 */
public class Activator extends Plugin {

	public static final String PLUGIN_ID = "org.svcworkbench.svc.design";
	public static final String ODESIGN = PLUGIN_ID + "/description/svc.odesign";

	private SiriusRegistration registration;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		registration = new SiriusRegistration(Activator::siriusClass, new SiriusRegistration.Log() {
			@Override
			public void info(String message) {
				getLog().log(new Status(IStatus.INFO, PLUGIN_ID, message));
			}

			@Override
			public void warning(String message, Throwable cause) {
				getLog().log(new Status(IStatus.WARNING, PLUGIN_ID, message, cause));
			}
		});
		registration.register(ODESIGN);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (registration != null) {
			registration.dispose();
			registration = null;
		}
		super.stop(context);
	}

	private static Class<?> siriusClass(String className) throws ClassNotFoundException {
		Bundle sirius = Platform.getBundle("org.eclipse.sirius");
		if (sirius == null) {
			throw new ClassNotFoundException(className + " (bundle org.eclipse.sirius is not installed)");
		}
		return sirius.loadClass(className);
	}
}
