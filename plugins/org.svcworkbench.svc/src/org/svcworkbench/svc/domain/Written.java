package org.svcworkbench.svc.domain;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether a designer wrote a value. EMF reports an enum equal to its first literal (say 'high')
 * as not set, so the text decides for parsed models.
 */
public final class Written {
	private Written() {
	}

	public static boolean written(EObject object, EStructuralFeature feature) {
		if (object.eIsSet(feature)) {
			return true;
		}
		if (!hasDefault(feature)) {
			return false; // unset and without a default (text, numbers as objects, references): never written
		}
		// A model built in code has no text: its values are what it says.
		return NodeModelUtils.getNode(object) == null || !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}

	/** Only enums and primitives read as unset when written as their default (the first literal, 0, false). */
	private static boolean hasDefault(EStructuralFeature feature) {
		if (!(feature instanceof EAttribute attribute) || feature.isMany()) {
			return false;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return attribute.getEAttributeType() instanceof EEnum || type != null && type.isPrimitive();
	}
}
