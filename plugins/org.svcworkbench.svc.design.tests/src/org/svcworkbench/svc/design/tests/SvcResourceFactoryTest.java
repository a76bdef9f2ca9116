package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.eclipse.xtext.resource.impl.DefaultResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.design.SvcResourceFactory;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Step;

/** Sirius reads .svc files as EMF resources through the factory the design bundle registers. */
class SvcResourceFactoryTest {

	@Test
	void theBundleRegistersItsFactoryForSvcFiles() {
		IConfigurationElement[] parsers = Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.emf.ecore.extension_parser");
		List<String> ours = Arrays.stream(parsers).filter(p -> "svc".equals(p.getAttribute("type"))).map(p -> p.getAttribute("class")).toList();
		assertEquals(List.of(SvcResourceFactory.class.getName()), ours);
	}

	@Test
	void itUsesTheLanguageAlreadyRegisteredSoTheEditorKeepsItsServices() {
		XtextResourceFactory editorsFactory = new SvcStandaloneSetup().createInjector().getInstance(XtextResourceFactory.class);
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("svc", new DefaultResourceServiceProvider() {
			@Override
			public <T> T get(Class<T> type) {
				return type == XtextResourceFactory.class ? type.cast(editorsFactory) : null;
			}
		});
		Resource.Factory factory = SvcResourceFactory.factoryFor(registry, () -> {
			throw new AssertionError("a second injector would replace the editor's registration");
		});
		assertSame(editorsFactory, factory);
	}

	@Test
	void withNoLanguageRegisteredItMakesTheRuntimeInjector() {
		AtomicBoolean made = new AtomicBoolean();
		Resource.Factory factory = SvcResourceFactory.factoryFor(new ResourceServiceProviderRegistryImpl(), () -> {
			made.set(true);
			return new SvcStandaloneSetup().createInjector();
		});
		assertTrue(made.get());
		assertInstanceOf(XtextResource.class, factory.createResource(URI.createURI("memory:/a.svc")));
	}

	@Test
	void itMakesXtextResourcesThatLinkAcrossFiles() throws Exception {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("svc", new SvcResourceFactory());
		Resource library = resourceSet.getResource(URI.createFileURI(Viewpoint.examples().resolve("car-repair/library.svc").toString()), true);
		Resource afterSales = resourceSet.getResource(URI.createFileURI(Viewpoint.examples().resolve("car-repair/after-sales.svc").toString()), true);
		assertInstanceOf(XtextResource.class, afterSales);
		assertEquals(List.of(), afterSales.getErrors());
		EcoreUtil.resolveAll(resourceSet);
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).isEmpty());
		Step greeting = Viewpoint.all(resourceSet, Step.class).stream().filter(s -> s.getName().equals("迎接客户")).findFirst().orElseThrow();
		assertEquals(library, greeting.getActor().eResource(), "the step's actor is declared in library.svc");
		assertEquals("业务接待员", greeting.getActor().getName());
		assertInstanceOf(Model.class, library.getContents().get(0));
	}
}
