package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.design.Activator;
import org.svcworkbench.svc.design.SiriusRegistration;

/** The activator's registration with Sirius, through stand-ins for Sirius' ViewpointRegistry. */
class SiriusRegistrationTest {

	/** Stands in for org.eclipse.sirius.viewpoint.description.Viewpoint. */
	public static final class StandInViewpoint {
		final String name;

		StandInViewpoint(String name) {
			this.name = name;
		}
	}

	/** Stands in for Sirius' ViewpointRegistry: same method names and shapes, records the calls. */
	public static final class StandInRegistry {
		static final StandInRegistry INSTANCE = new StandInRegistry();
		final List<String> calls = new ArrayList<>();
		RuntimeException failure;

		public static StandInRegistry getInstance() {
			return INSTANCE;
		}

		public Set<StandInViewpoint> registerFromPlugin(String pluginPath) {
			calls.add("register " + pluginPath);
			if (failure != null) {
				throw failure;
			}
			return new LinkedHashSet<>(List.of(new StandInViewpoint("SVC")));
		}

		public void disposeFromPlugin(StandInViewpoint viewpoint) {
			calls.add("dispose " + viewpoint.name);
		}
	}

	private final List<String> log = new ArrayList<>();
	private final SiriusRegistration.Log recorder = new SiriusRegistration.Log() {
		@Override
		public void info(String message) {
			log.add("INFO " + message);
		}

		@Override
		public void warning(String message, Throwable cause) {
			log.add("WARNING " + message);
		}
	};

	@BeforeEach
	void reset() {
		StandInRegistry.INSTANCE.calls.clear();
		StandInRegistry.INSTANCE.failure = null;
	}

	@Test
	void registersTheOdesignOnStartAndDisposesItsViewpointsOnStop() {
		SiriusRegistration registration = new SiriusRegistration(name -> {
			assertEquals(SiriusRegistration.REGISTRY_CLASS, name);
			return StandInRegistry.class;
		}, recorder);
		assertEquals(1, registration.register(Activator.ODESIGN));
		registration.dispose();
		assertEquals(List.of("register org.svcworkbench.svc.design/description/svc.odesign", "dispose SVC"), StandInRegistry.INSTANCE.calls);
		assertEquals(List.of(), log);
		registration.dispose(); // a second stop disposes nothing twice
		assertEquals(2, StandInRegistry.INSTANCE.calls.size());
	}

	@Test
	void withoutSiriusItLogsAndCarriesOn() {
		SiriusRegistration registration = new SiriusRegistration(name -> {
			throw new ClassNotFoundException(name);
		}, recorder);
		assertEquals(0, registration.register(Activator.ODESIGN));
		registration.dispose();
		assertEquals(1, log.size());
		assertTrue(log.get(0).startsWith("INFO Sirius is not installed"), log.get(0));
		assertTrue(log.get(0).contains("Install Sirius 7.6"), log.get(0));
	}

	@Test
	void whenSiriusRefusesTheFileItLogsAWarningAndCarriesOn() {
		StandInRegistry.INSTANCE.failure = new IllegalStateException("version 15.1.0 is not supported");
		SiriusRegistration registration = new SiriusRegistration(name -> StandInRegistry.class, recorder);
		assertEquals(0, registration.register(Activator.ODESIGN));
		registration.dispose();
		assertEquals(List.of("WARNING Sirius refused the SVC viewpoint org.svcworkbench.svc.design/description/svc.odesign: "
				+ "version 15.1.0 is not supported"), log);
		assertEquals(List.of("register org.svcworkbench.svc.design/description/svc.odesign"), StandInRegistry.INSTANCE.calls);
	}

	@Test
	void aRegistryOfAnotherShapeIsAWarningNotACrash() {
		SiriusRegistration registration = new SiriusRegistration(name -> String.class, recorder);
		assertEquals(0, registration.register(Activator.ODESIGN));
		assertEquals(1, log.size());
		assertTrue(log.get(0).startsWith("WARNING Sirius' ViewpointRegistry could not be reached"), log.get(0));
	}

	@Test
	void theBundleDeclaresItselfASiriusComponentActivatedLazily() throws Exception {
		var bundle = org.eclipse.core.runtime.Platform.getBundle(Activator.PLUGIN_ID);
		assertEquals("lazy", bundle.getHeaders().get("Bundle-ActivationPolicy"));
		assertEquals(Activator.class.getName(), bundle.getHeaders().get("Bundle-Activator"));
		String pluginXml = new String(bundle.getEntry("plugin.xml").openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(pluginXml.contains("point=\"org.eclipse.sirius.componentization\""));
		assertTrue(pluginXml.contains("class=\"" + Activator.class.getName() + "\""));
		assertTrue(org.eclipse.core.runtime.Plugin.class.isAssignableFrom(Activator.class), "Sirius components extend Plugin");
	}
}
