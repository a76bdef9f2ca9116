package org.svcworkbench.svc.design;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Registers the viewpoint with Sirius' ViewpointRegistry and disposes it again. Sirius cannot be
 * resolved at build time (it is on no reachable registry), so it is an optional run-time partner:
 * its API is called reflectively, and when it is missing or refuses the file this logs and carries on.
 */
public final class SiriusRegistration {

	/** Sirius' registry of viewpoint specifications. */
	public static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

	/** Finds a class of the Sirius installation (a bundle's class loader in Eclipse, a stand-in in tests). */
	@FunctionalInterface
	public interface ClassFinder {
		Class<?> find(String className) throws ClassNotFoundException;
	}

	/** Where messages go (the bundle's log in Eclipse). */
	public interface Log {
		void info(String message);

		void warning(String message, Throwable cause);
	}

	private final ClassFinder finder;
	private final Log log;
	private Object registry;
	private final List<Object> viewpoints = new ArrayList<>();

	public SiriusRegistration(ClassFinder finder, Log log) {
		this.finder = finder;
		this.log = log;
	}

	/**
	 * Registers the file at {@code pluginPath} ("bundle-id/description/x.odesign"); returns how many
	 * viewpoints Sirius took, 0 when Sirius is absent or failed.
	 */
	public int register(String pluginPath) {
		Object found;
		try {
			Class<?> registryClass = finder.find(REGISTRY_CLASS);
			found = registryClass.getMethod("getInstance").invoke(null);
		} catch (ClassNotFoundException | NoClassDefFoundError e) {
			log.info("Sirius is not installed: the SVC viewpoint (" + pluginPath + ") is not registered. "
					+ "Install Sirius 7.6 with its Xtext integration to use the SVC diagrams in Sirius.");
			return 0;
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			log.warning("Sirius' ViewpointRegistry could not be reached; the SVC viewpoint is not registered: " + message(e), e);
			return 0;
		}
		try {
			Object result = found.getClass().getMethod("registerFromPlugin", String.class).invoke(found, pluginPath);
			registry = found;
			if (result instanceof Collection<?> registered) {
				viewpoints.addAll(registered);
			}
			return viewpoints.size();
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			log.warning("Sirius refused the SVC viewpoint " + pluginPath + ": " + message(e), e);
			return 0;
		}
	}

	/** Disposes every viewpoint registered by {@link #register}; safe to call when nothing was registered. */
	public void dispose() {
		if (registry != null) {
			for (Object viewpoint : viewpoints) {
				try {
					disposeMethod(viewpoint).invoke(registry, viewpoint);
				} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
					log.warning("Sirius could not dispose the SVC viewpoint: " + message(e), e);
				}
			}
		}
		viewpoints.clear();
		registry = null;
	}

	/** The viewpoints Sirius returned, for the tests and the log. */
	public List<Object> viewpoints() {
		return List.copyOf(viewpoints);
	}

	private Method disposeMethod(Object viewpoint) throws NoSuchMethodException {
		for (Method method : registry.getClass().getMethods()) {
			if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1
					&& method.getParameterTypes()[0].isInstance(viewpoint)) {
				return method;
			}
		}
		throw new NoSuchMethodException("disposeFromPlugin(" + viewpoint.getClass().getName() + ")");
	}

	private static String message(Throwable e) {
		Throwable cause = e instanceof InvocationTargetException invocation && invocation.getCause() != null ? invocation.getCause() : e;
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
