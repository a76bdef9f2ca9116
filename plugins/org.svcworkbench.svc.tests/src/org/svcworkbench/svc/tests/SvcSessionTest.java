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
 * Choosing the findings' language, or telling a run in it, must not set the language up: a rerun
 * of svc generate with nothing changed never does (it costs a quarter to a third of such a run),
 * and the choice holds once it is.
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
		assertEquals("无需生成：自上次成功构建以来，1 个 .svc 文件均未改动。",
				session.findings().text("run.nothing.since-success", session.findings().counted("run.svc-files", 1)));
		assertEquals(0, setUps.get(), "the words of a run with nothing to check set the language up");
		session.loader();
		assertEquals(1, setUps.get());
		assertEquals("zh", session.findings().language(), "the language's own words speak the language asked for");
		session.speak("en");
		assertEquals("en", session.findings().language());
		assertThrows(IllegalArgumentException.class, () -> session.speak("fr"));
		assertEquals(1, setUps.get());
	}
}
