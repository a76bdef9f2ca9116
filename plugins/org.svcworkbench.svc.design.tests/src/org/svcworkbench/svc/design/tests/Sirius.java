package org.svcworkbench.svc.design.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Reads the dynamically loaded Sirius description model by feature and element names. */
final class Sirius {
	private Sirius() {
	}

	static Object get(EObject element, String feature) {
		EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
		if (f == null) {
			throw new AssertionError(element.eClass().getName() + " has no feature " + feature);
		}
		return element.eGet(f);
	}

	@SuppressWarnings("unchecked")
	static List<EObject> list(EObject element, String feature) {
		return new ArrayList<>((Collection<EObject>) get(element, feature));
	}

	static List<String> names(List<EObject> elements) {
		return elements.stream().map(e -> String.valueOf(get(e, "name"))).toList();
	}

	/** The first element (document order) with this name. */
	static EObject find(EObject root, String name) {
		var all = root.eAllContents();
		while (all.hasNext()) {
			EObject element = all.next();
			EStructuralFeature f = element.eClass().getEStructuralFeature("name");
			if (f != null && name.equals(element.eGet(f))) {
				return element;
			}
		}
		throw new AssertionError("no element named " + name);
	}
}
