package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.svc.Model;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcParsingTest {
	@Inject ParseHelper<Model> parseHelper;

	@Test
	void parsesService() throws Exception {
		Model m = parseHelper.parse("service a {}");
		assertTrue(m.eResource().getErrors().isEmpty());
		assertEquals("a", m.getServices().get(0).getName());
	}
}
