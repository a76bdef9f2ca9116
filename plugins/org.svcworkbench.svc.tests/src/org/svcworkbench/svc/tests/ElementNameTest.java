package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.svc.Step;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Names are read from the elements, not remembered per element: the same qualified names as
 * Xtext's default, and a checked portfolio keeps no per-element name cache alive (a hundred
 * thousand weak entries at 10,000 services, which the collector had to follow on every pass).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class ElementNameTest {

	@Inject private SvcModelLoader loader;
	@Inject private IQualifiedNameProvider names;
	@Inject private Injector injector;

	@Test
	void everyElementOfTheExamplesHasXtextsQualifiedName() {
		IQualifiedNameProvider xtexts = injector.getInstance(DefaultDeclarativeQualifiedNameProvider.class);
		List<String> differences = new ArrayList<>();
		int named = 0;
		for (Resource resource : checkedExamples()) {
			for (EObject element : (Iterable<EObject>) resource::getAllContents) {
				QualifiedName ours = names.getFullyQualifiedName(element);
				QualifiedName expected = xtexts.getFullyQualifiedName(element);
				named += ours == null ? 0 : 1;
				if (!Objects.equals(ours, expected)) {
					differences.add(element.eClass().getName() + ": " + ours + " instead of " + expected);
				}
			}
		}
		assertTrue(named > 100, "the examples name more than a hundred elements: " + named);
		assertEquals(List.of(), differences);
	}

	@Test
	void checkedModelsCarryNoPerElementNameCache() {
		List<String> cached = new ArrayList<>();
		int steps = 0;
		for (Resource resource : checkedExamples()) {
			for (EObject element : (Iterable<EObject>) resource::getAllContents) {
				steps += element instanceof Step ? 1 : 0;
				for (Adapter adapter : element.eAdapters()) {
					if (adapter.getClass().getName().startsWith(SimpleAttributeResolver.class.getName())) {
						cached.add(element.eClass().getName() + " " + names.getFullyQualifiedName(element));
					}
				}
			}
		}
		assertTrue(steps > 10, "the examples' blueprints have steps, which flows link to by name: " + steps);
		assertEquals(List.of(), cached, "elements whose names Xtext's name resolver remembers");
	}

	/** Every example folder loaded and validated, as the command line checks it (linking asks for every name). */
	private List<Resource> checkedExamples() {
		List<Resource> resources = new ArrayList<>();
		for (Map.Entry<Path, List<Path>> folder : SvcFolders.collect(List.of(SvcTestSupport.examples())).entrySet()) {
			var loaded = loader.load(folder.getKey(), folder.getValue());
			loader.validate(loaded);
			resources.addAll(loaded.resourceSet().getResources());
		}
		return resources;
	}
}
