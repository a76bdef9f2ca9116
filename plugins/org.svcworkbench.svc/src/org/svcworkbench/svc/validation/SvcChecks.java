package org.svcworkbench.svc.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;

/**
 * A group of .svc checks for one domain area, composed into {@link SvcValidator}. Groups do not
 * register themselves: the composing validator runs them.
 */
public abstract class SvcChecks extends AbstractDeclarativeValidator {

	@Inject private Findings findings;

	/** The text of a finding in the language the front end speaks. */
	protected String say(String key, Object... args) {
		return findings.text(key, args);
	}

	protected Findings findings() {
		return findings;
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(SvcPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SvcValidator
	}
}
