package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.load.SvcSession;

/**
 * Choosing the findings' language must not set the language up: a rerun of svc generate with
 * nothing changed never does (it costs a quarter of such a run), and the choice holds once it is.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcSessionTest {

	@Test
	void theLanguageOfTheFindingsWaitsForTheSetUp() {
		AtomicInteger setUps = new AtomicInteger();
		SvcSession session = new SvcSession(() -> {
			setUps.incrementAndGet();
			return new SvcStandaloneSetup().createInjector();
		});
		session.speak("zh");
		assertEquals(0, setUps.get(), "speaking set the language up");
		assertEquals("zh", session.findings().language());
		assertEquals(1, setUps.get());
		session.speak("en");
		assertEquals("en", session.findings().language());
		assertThrows(IllegalArgumentException.class, () -> session.speak("fr"));
		assertEquals(1, setUps.get());
	}
}
