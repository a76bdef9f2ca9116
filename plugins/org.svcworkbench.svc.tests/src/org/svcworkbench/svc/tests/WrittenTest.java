package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcModelLoader;

import com.google.inject.Inject;

/**
 * Written answers from one walk of an element's text per element (the reports ask attribute after
 * attribute): the answer must be Xtext's own, feature by feature, for every enum and number
 * attribute of every element of the examples.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class WrittenTest {

	@Inject private SvcModelLoader loader;

	@Test
	void agreesWithXtextsSearchOnEveryAttributeOfTheExamples() {
		Map<Path, List<Path>> folders = SvcFolders.collect(List.of(SvcTestSupport.examples()));
		List<String> disagreements = new ArrayList<>();
		int asked = 0, written = 0;
		for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
			var loaded = loader.load(folder.getKey(), folder.getValue());
			for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
				for (EObject element : (Iterable<EObject>) resource::getAllContents) {
					for (EAttribute attribute : element.eClass().getEAllAttributes()) {
						boolean hasDefault = !attribute.isMany() && (attribute.getEAttributeType() instanceof EEnum
								|| attribute.getEAttributeType().getInstanceClass() != null
										&& attribute.getEAttributeType().getInstanceClass().isPrimitive());
						if (!hasDefault) {
							continue;
						}
						boolean expected = element.eIsSet(attribute) || !NodeModelUtils.findNodesForFeature(element, attribute).isEmpty();
						boolean actual = Written.written(element, attribute);
						asked++;
						written += actual ? 1 : 0;
						if (expected != actual) {
							disagreements.add(element.eClass().getName() + "." + attribute.getName() + " in " + resource.getURI().lastSegment());
						}
					}
				}
			}
		}
		assertEquals(List.of(), disagreements);
		assertTrue(asked > 500 && written > 50 && written < asked, asked + " asked, " + written + " written");
	}
}
