package org.svcworkbench.svc.validation;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.svcworkbench.svc.words.Findings;

/** Small pieces of wording shared by the validators. */
final class Phrases {
	private Phrases() {
	}

	/** A number as the designer wrote it: 4.50 stays 4.50 (an amount keeps its cents), 5.0 becomes 5. */
	static String plain(BigDecimal value) {
		return Findings.plain(value);
	}

	static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}
}
