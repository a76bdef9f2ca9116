package org.svcworkbench.svc.validation;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Small pieces of wording shared by the validators. */
final class Phrases {
	private Phrases() {
	}

	/** A number as the designer wrote it: 4.50 stays 4.50 (an amount keeps its cents), 5.0 becomes 5. */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= 0 ? stripped.toPlainString() : value.toPlainString();
	}

	static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	/** "Channel", "Lifecycle stage": an EClass as a message names it. */
	static String kindOf(EClass eClass) {
		String name = eClass.getName();
		return name.substring(0, 1) + name.substring(1).replaceAll("([A-Z])", " $1").toLowerCase();
	}
}
