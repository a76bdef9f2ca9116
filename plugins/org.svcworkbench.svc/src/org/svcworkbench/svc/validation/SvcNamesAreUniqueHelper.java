package org.svcworkbench.svc.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.svcworkbench.svc.linking.SvcLinkingDiagnosticMessages;

/** Duplicate names within one file, in the words and with the code the rest of the language uses. */
public class SvcNamesAreUniqueHelper extends NamesAreUniqueValidationHelper {

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
		String noun = SvcLinkingDiagnosticMessages.noun(description.getEClass());
		return "Duplicate " + noun + " '" + description.getName() + "': another " + noun
				+ " in this scope has that name; rename one of them.";
	}
}
