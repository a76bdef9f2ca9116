package org.svcworkbench.svc.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;

import com.google.common.base.Function;

/** Xtext's qualified names (container names joined by dots), with names read without a per-element cache. */
public class SvcQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	protected Function<EObject, String> getResolver() {
		return ElementName.INSTANCE;
	}
}
