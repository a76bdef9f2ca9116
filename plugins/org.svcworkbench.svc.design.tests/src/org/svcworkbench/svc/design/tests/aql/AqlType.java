package org.svcworkbench.svc.design.tests.aql;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The static type of an AQL expression: an Ecore classifier, single or a collection, or unknown
 * (a Sirius type such as a view, or anything the checker cannot know; unknown is never an error).
 */
public record AqlType(EClassifier classifier, boolean many) {

	public static final AqlType UNKNOWN = new AqlType(null, false);
	public static final AqlType NULL = new AqlType(null, false);
	public static final AqlType STRING = single(EcorePackage.Literals.ESTRING);
	public static final AqlType INTEGER = single(EcorePackage.Literals.EINT);
	public static final AqlType REAL = single(EcorePackage.Literals.EDOUBLE);
	public static final AqlType BOOLEAN = single(EcorePackage.Literals.EBOOLEAN);

	public static AqlType single(EClassifier classifier) {
		return new AqlType(classifier, false);
	}

	public static AqlType many(EClassifier classifier) {
		return new AqlType(classifier, true);
	}

	public boolean known() {
		return classifier != null;
	}

	public AqlType element() {
		return known() ? single(classifier) : UNKNOWN;
	}

	public AqlType asMany() {
		return known() ? many(classifier) : new AqlType(null, true);
	}

	public boolean isClass() {
		return classifier instanceof EClass;
	}

	public boolean isEnum() {
		return classifier instanceof EEnum;
	}

	public boolean isBoolean() {
		return known() && !many && (classifier == EcorePackage.Literals.EBOOLEAN || classifier == EcorePackage.Literals.EBOOLEAN_OBJECT);
	}

	public boolean isString() {
		return known() && !many && classifier == EcorePackage.Literals.ESTRING;
	}

	public boolean isNumber() {
		if (!known() || many || classifier.getInstanceClass() == null) {
			return false;
		}
		Class<?> c = classifier.getInstanceClass();
		return c == int.class || c == long.class || c == double.class || c == float.class || Number.class.isAssignableFrom(c);
	}

	@Override
	public String toString() {
		if (this == NULL) {
			return "null";
		}
		String name = known() ? classifier.getName() : "?";
		return many ? "Collection(" + name + ")" : name;
	}
}
