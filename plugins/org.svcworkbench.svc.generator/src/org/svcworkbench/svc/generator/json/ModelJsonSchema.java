package org.svcworkbench.svc.generator.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.svcworkbench.svc.svc.SvcPackage;

import org.svcworkbench.svc.generator.JsonText;

import com.google.gson.stream.JsonWriter;

/**
 * The JSON Schema (draft 2020-12) of {@link ModelJson}'s export, written from the language's own
 * metamodel, so that it describes every class and feature the language has: one definition per
 * class (its "type" constant and its features), abstract classes as the choice of their concrete
 * subclasses, enumerations with their keywords, references as names.
 */
public final class ModelJsonSchema {

	public static final String FILE_NAME = "svc-model.schema.json";
	public static final String ID = "https://svcworkbench.org/schema/svc-model-1.schema.json";

	public String schema() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : SvcPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.add(eClass);
			}
		}
		classes.sort(Comparator.comparing(EClass::getName));
		return JsonText.of(json -> {
			json.beginObject();
			json.name("$schema").value("https://json-schema.org/draft/2020-12/schema");
			json.name("$id").value(ID);
			json.name("title").value("SVC Workbench model export");
			json.name("description").value("Every file of a .svc model with its elements, as written by svc generate --format json.");
			json.name("type").value("object");
			json.name("required").beginArray().value("format").value("version").value("files").endArray();
			json.name("properties").beginObject();
			json.name("$schema").beginObject().name("type").value("string").endObject();
			json.name("format").beginObject().name("const").value(ModelJson.FORMAT).endObject();
			json.name("version").beginObject().name("const").value(ModelJson.VERSION).endObject();
			json.name("files").beginObject().name("type").value("array").name("items").beginObject();
			json.name("type").value("object");
			json.name("required").beginArray().value("file").value("elements").endArray();
			json.name("properties").beginObject();
			json.name("file").beginObject().name("type").value("string").endObject();
			json.name("elements").beginObject().name("type").value("array").name("items").beginObject().name("$ref")
					.value(ref(SvcPackage.Literals.TOP_LEVEL_ELEMENT)).endObject().endObject();
			json.endObject();
			json.name("additionalProperties").value(false);
			json.endObject().endObject();
			json.endObject();
			json.name("additionalProperties").value(false);
			json.name("$defs").beginObject();
			for (EClass eClass : classes) {
				definition(eClass, classes, json);
			}
			json.endObject();
			json.endObject();
		});
	}

	private void definition(EClass eClass, List<EClass> classes, JsonWriter json) throws IOException {
		List<EClass> concrete = classes.stream().filter(c -> !c.isAbstract() && !c.isInterface() && eClass.isSuperTypeOf(c)).toList();
		json.name(eClass.getName()).beginObject();
		if (concrete.isEmpty()) {
			json.name("type").value("object").endObject();
			return;
		}
		if (concrete.size() != 1 || concrete.get(0) != eClass) {
			// A class with subclasses: an object of any of its concrete kinds.
			json.name("oneOf").beginArray();
			for (EClass sub : concrete) {
				json.beginObject().name("$ref").value(sub == eClass ? ref(eClass) + "Itself" : ref(sub)).endObject();
			}
			json.endArray();
			json.endObject();
			if (concrete.contains(eClass)) {
				json.name(eClass.getName() + "Itself").beginObject();
				shape(eClass, json);
				json.endObject();
			}
			return;
		}
		shape(eClass, json);
		json.endObject();
	}

	private void shape(EClass eClass, JsonWriter json) throws IOException {
		json.name("type").value("object");
		json.name("required").beginArray().value("type").endArray();
		json.name("properties").beginObject();
		json.name("type").beginObject().name("const").value(eClass.getName()).endObject();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			json.name(feature.getName()).beginObject();
			if (feature.isMany()) {
				json.name("type").value("array").name("items").beginObject();
				value(feature, json);
				json.endObject();
			} else {
				value(feature, json);
			}
			json.endObject();
		}
		json.endObject();
		json.name("additionalProperties").value(false);
	}

	private void value(EStructuralFeature feature, JsonWriter json) throws IOException {
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				json.name("$ref").value(ref(reference.getEReferenceType()));
			} else {
				json.name("type").value("string");
				json.name("description").value("the qualified name of a " + reference.getEReferenceType().getName());
			}
			return;
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type instanceof EEnum eEnum) {
			json.name("enum").beginArray();
			eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).distinct().forEach(literal -> {
				try {
					json.value(literal);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			json.endArray();
			return;
		}
		Class<?> instance = type.getInstanceClass();
		if (instance == int.class || instance == Integer.class || instance == long.class || instance == Long.class) {
			json.name("type").value("integer");
		} else if (instance != null && Number.class.isAssignableFrom(instance)) {
			json.name("type").value("number");
		} else if (instance == boolean.class || instance == Boolean.class) {
			json.name("type").value("boolean");
		} else {
			json.name("type").value("string");
		}
	}

	private static String ref(EClass eClass) {
		return "#/$defs/" + eClass.getName();
	}
}
