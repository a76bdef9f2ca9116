package org.svcworkbench.svc.generator.json;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The name a reference uses for its target: the names of its named containers and its own, joined by dots ("Cafe.order"). */
final class QualifiedNames {

	static String of(EObject target) {
		if (target.eIsProxy()) {
			// Not resolved: the name as written is all there is.
			return EcoreUtil.getURI(target).fragment();
		}
		Deque<String> names = new ArrayDeque<>();
		for (EObject current = target; current != null; current = current.eContainer()) {
			String name = name(current);
			if (name != null) {
				names.addFirst(name);
			}
		}
		return String.join(".", names);
	}

	static String name(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		return name != null && object.eGet(name) instanceof String text ? text : null;
	}

	private QualifiedNames() {
	}
}
