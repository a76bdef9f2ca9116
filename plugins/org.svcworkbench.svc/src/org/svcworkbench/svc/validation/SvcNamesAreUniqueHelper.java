package org.svcworkbench.svc.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;

/** Duplicate names within one file, in the words and with the code the rest of the language uses. */
public class SvcNamesAreUniqueHelper extends NamesAreUniqueValidationHelper {

	@Inject private Findings findings;

	/** A channel and a role may share a name: references always say which kind they mean. */
	@Override
	protected EClass getAssociatedClusterType(EClass eClass) {
		return eClass;
	}

	@Override
	protected String getErrorCode() {
		return IssueCodes.DUPLICATE_NAME;
	}

	@Override
	public String getDuplicateNameErrorMessage(IEObjectDescription description, EClass clusterType, EStructuralFeature feature) {
		return findings.text("name.duplicate", findings.kind(description.getEClass()), description.getName());
	}
}
