package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.NamesValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class NamesValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void duplicateNamesInOneFile() {
		support.assertIssue("channel web\nchannel ⟦web⟧", DUPLICATE_NAME, ERROR,
				"Duplicate channel 'web': another channel in this scope has that name; rename one of them.");
		support.assertNoIssue("channel web\nrole web", DUPLICATE_NAME);
	}
}
