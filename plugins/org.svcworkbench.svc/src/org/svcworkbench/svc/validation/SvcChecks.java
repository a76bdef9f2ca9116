package org.svcworkbench.svc.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.svcworkbench.svc.svc.SvcPackage;

/**
 * A group of .svc checks for one domain area, composed into {@link SvcValidator}. Groups do not
 * register themselves: the composing validator runs them.
 */
public abstract class SvcChecks extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(SvcPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SvcValidator
	}
}
