package org.svcworkbench.svc.naming;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.common.base.Function;

/**
 * An element's {@code name}, read from the element each time. Xtext's default (its
 * SimpleAttributeResolver) remembers every element's name in one weak map with an adapter on the
 * element: on a portfolio that is a hundred thousand weak entries the collector must follow and
 * promote, for a value that costs one field read.
 */
public final class ElementName implements Function<EObject, String> {

	public static final ElementName INSTANCE = new ElementName();

	private static final String NAME = "name";

	/** The name attribute per class, or empty where a class has none (the language has a few dozen classes). */
	private final Map<EClass, Optional<EAttribute>> attributes = new ConcurrentHashMap<>();

	private ElementName() {
	}

	@Override
	public String apply(EObject element) {
		if (element == null) {
			return null;
		}
		EAttribute attribute = attributes.computeIfAbsent(element.eClass(), ElementName::nameAttribute).orElse(null);
		return attribute == null ? null : (String) element.eGet(attribute);
	}

	/** The name as a one-segment qualified name, for scopes of sibling elements; null when unnamed. */
	public QualifiedName qualified(EObject element) {
		String name = apply(element);
		return name == null ? null : QualifiedName.create(name);
	}

	private static Optional<EAttribute> nameAttribute(EClass type) {
		EStructuralFeature feature = type.getEStructuralFeature(NAME);
		return feature instanceof EAttribute attribute && !attribute.isMany() && attribute.getEAttributeType().getInstanceClass() == String.class
				? Optional.of(attribute)
				: Optional.empty();
	}
}
