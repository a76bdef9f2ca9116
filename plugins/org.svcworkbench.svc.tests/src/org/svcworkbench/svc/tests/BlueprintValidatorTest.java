package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.tests.TestModels.*;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.BlueprintValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class BlueprintValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void flowThatGoesNowhere() {
		String bad = BLUEPRINT.replace("STEPS", "step a customer { shows sign }\nstep b customer { shows sign }\nflow ⟦a⟧\nflow a -> b");
		support.assertIssue(bad, FLOW_NOWHERE, ERROR, "The flow from 'a' goes nowhere: add '-> <step>' to say which step follows.");
		support.assertIssue(bad.replace("flow ⟦a⟧", "flow a -> ⟦a⟧"), FLOW_NOWHERE, ERROR,
				"The flow from 'a' leads back to the same step and goes nowhere: point it at the next step.");
		support.assertNoIssue(bad.replace("flow ⟦a⟧\n", ""), FLOW_NOWHERE);
	}
	@Test
	void stepThatNoFlowReaches() {
		String bad = BLUEPRINT.replace("STEPS", """
				step a customer { shows sign }
				step b customer { shows sign }
				step ⟦c⟧ backstage by supervisor
				step it support
				flow a -> b
				flow it -> b
				""");
		support.assertIssue(bad, STEP_UNREACHED, WARNING,
				"No flow reaches step 'c': add a flow such as 'flow <step> -> c' (the first step, 'a', is where the blueprint starts).");
		support.assertNoIssue(bad.replace("flow a -> b", "flow a -> b -> c"), STEP_UNREACHED);
	}
	@Test
	void customerVisibleStepShowsEvidence() {
		String bad = BLUEPRINT.replace("STEPS", "step ⟦greet⟧ onstage by advisor");
		support.assertIssue(bad, STEP_NO_EVIDENCE, WARNING,
				"Step 'greet' is visible to the customer (onstage) but shows no physical evidence: add 'shows <cue>' with a cue from the evidence block.");
		support.assertNoIssue(bad.replace("by advisor", "by advisor { shows sign }"), STEP_NO_EVIDENCE);
		support.assertNoIssue(BLUEPRINT.replace("STEPS", "step prepare backstage by supervisor"), STEP_NO_EVIDENCE);
	}
	@Test
	void backStageRoleOnStage() {
		String bad = BLUEPRINT.replace("STEPS", "step greet onstage by ⟦supervisor⟧ { shows sign }");
		support.assertIssue(bad, STEP_BACKSTAGE_ROLE_ONSTAGE, WARNING,
				"Role 'supervisor' works back-stage (position back) but performs onstage step 'greet': move the step backstage or give the role a front position.");
		support.assertNoIssue(bad.replace("⟦supervisor⟧", "advisor"), STEP_BACKSTAGE_ROLE_ONSTAGE);
	}

	@Test
	void decisionBranchesAreLabelledFlows() {
		String model = ROLES + """
				service Shop {
					blueprint b {
						step quote "Quote" onstage decision by advisor
						step admit "Admit" backstage by advisor
						step book "Book" backstage by advisor
						FLOWS
					}
				}
				""";
		support.assertIssue(model.replace("FLOWS", "flow quote -> admit \"today\"").replace("onstage decision", "onstage ⟦decision⟧"), DECISION_BRANCHES, WARNING,
				"Decision step 'quote' has 1 outgoing flow: a decision leads to at least two alternatives; add a flow per branch, e.g. 'flow quote -> <step> \"when ...\"'.");
		support.assertIssue(model.replace("FLOWS", "flow quote -> admit \"today\"\nflow quote -> ⟦book⟧"), DECISION_UNLABELLED, WARNING,
				"The branch from decision 'quote' to 'book' has no label of its own: write it as its own flow, 'flow quote -> book \"when ...\"'.");
		support.assertNoIssue(model.replace("FLOWS", "flow quote -> admit \"today\"\nflow quote -> book \"later\""), DECISION_UNLABELLED);
		support.assertNoIssue(model.replace("FLOWS", "flow quote -> admit \"today\"\nflow quote -> book \"later\""), DECISION_BRANCHES);
	}
}
