package org.svcworkbench.svc.design;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.svcworkbench.svc.SvcStandaloneSetup;

import com.google.inject.Injector;

/**
 * EMF's factory for .svc files inside Eclipse (registered in plugin.xml), so that Sirius and any
 * EMF tool read .svc models as Xtext resources with cross-file linking. The language's injector is
 * made once, on first use; its set-up also registers the language with Xtext's resource-service
 * registry, which linking across the files of a resource set relies on.
 */
public class SvcResourceFactory implements Resource.Factory {

	private static volatile Resource.Factory delegate;

	@Override
	public Resource createResource(URI uri) {
		return delegate().createResource(uri);
	}

	private static Resource.Factory delegate() {
		Resource.Factory factory = delegate;
		if (factory == null) {
			synchronized (SvcResourceFactory.class) {
				factory = delegate;
				if (factory == null) {
					Injector injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
					factory = injector.getInstance(XtextResourceFactory.class);
					delegate = factory;
				}
			}
		}
		return factory;
	}
}
