package org.svcworkbench.svc.design;

import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.svcworkbench.svc.load.SvcSession;

import com.google.inject.Injector;

/**
 * EMF's factory for .svc files inside Eclipse (registered in plugin.xml), so that Sirius and any
 * EMF tool read .svc models as Xtext resources with cross-file linking. When the language is
 * already registered with Xtext (the SVC editor registers its runtime-and-IDE injector), its
 * resources come from that injector, so that this bundle never replaces the editor's services;
 * otherwise the language's runtime injector is made once and registered.
 */
public class SvcResourceFactory implements Resource.Factory {

	private static final URI ANY_SVC_FILE = URI.createURI("any.svc");
	private static volatile Resource.Factory delegate;

	@Override
	public Resource createResource(URI uri) {
		Resource.Factory factory = delegate;
		if (factory == null) {
			synchronized (SvcResourceFactory.class) {
				factory = delegate;
				if (factory == null) {
					factory = factoryFor(IResourceServiceProvider.Registry.INSTANCE,
							() -> SvcSession.standalone().injector());
					delegate = factory;
				}
			}
		}
		return factory.createResource(uri);
	}

	/** The Xtext factory of the language registered in the registry, else of a new injector. */
	public static Resource.Factory factoryFor(IResourceServiceProvider.Registry registry, Supplier<Injector> newInjector) {
		IResourceServiceProvider registered = registry.getResourceServiceProvider(ANY_SVC_FILE);
		if (registered != null) {
			XtextResourceFactory factory = registered.get(XtextResourceFactory.class);
			if (factory != null) {
				return factory;
			}
		}
		return newInjector.get().getInstance(XtextResourceFactory.class);
	}
}
