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

/** The checks of {@link org.svcworkbench.svc.validation.StandardsValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class StandardsValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void standardNeedsDeadlineAndOwner() {
		String bad = ROLES + """
				service Shop {
					standards {
						standard ⟦call⟧ "Follow-up call" { }
					}
				}
				""";
		support.assertIssue(bad, STANDARD_NO_DEADLINE, WARNING,
				"Standard 'call' has no deadline: add e.g. 'deadline within 2 days after <event>', or, for a standard of behaviour that holds "
						+ "at every encounter, say when it applies ('behavioural \"whenever a guest comes within three metres\"').");
		support.assertIssue(bad, STANDARD_NO_OWNER, WARNING, "Standard 'call' has no owner: add 'owner <role>'.");
		String good = bad.replace("{ }", "{ deadline every week owner advisor deputy supervisor }");
		support.assertNoIssue(good, STANDARD_NO_DEADLINE);
		support.assertNoIssue(good, STANDARD_NO_OWNER);
	}
	@Test
	void aBehaviouralStandardHoldsAtEveryEncounterWithoutADeadline() {
		String behavioural = ROLES + """
				service Shop {
					standards {
						standard tenFoot "三米内主动问候" { behavioural "顾客走近三米之内" owner advisor }
					}
				}
				""";
		support.assertNoIssue(behavioural, STANDARD_NO_DEADLINE);
		support.assertNoIssue(behavioural, STANDARD_BEHAVIOUR_WITH_DEADLINE);
		support.assertIssue(behavioural.replace("{ behavioural \"顾客走近三米之内\"", "{ deadline every week behavioural ⟦\"顾客走近三米之内\"⟧"), STANDARD_BEHAVIOUR_WITH_DEADLINE, ERROR,
				"Standard 'tenFoot' is behavioural and has a deadline: a behavioural standard holds at every encounter; "
						+ "remove 'behavioural' to keep the deadline, or the deadline to keep the behaviour.");
	}
	@Test
	void escalationComesBeforeTheDeadline() {
		String bad = ROLES + """
				service Shop {
					standards {
						event visit
						standard call { deadline within 2 days after visit owner advisor escalate to supervisor within ⟦3 days⟧ }
					}
				}
				""";
		support.assertIssue(bad, ESCALATION_AFTER_DEADLINE, WARNING,
				"Standard 'call' escalates within 3 days, when its deadline has passed already: escalate sooner than the deadline (2 days) so the supervisor can still help.");
		support.assertNoIssue(bad.replace("⟦3 days⟧", "1 day"), ESCALATION_AFTER_DEADLINE);
		support.assertNoIssue(bad.replace("within 2 days after", "at-least 2 days after"), ESCALATION_AFTER_DEADLINE);
	}

	@Test
	void workingDaysAndAtLeastDeadlines() {
		support.assertNoErrors(ROLES + """
				service Bank {
					standards {
						event application
						event clubEvent
						standard answer { deadline within 15 working-days after application owner advisor }
						standard announce { deadline at-least 2 weeks before clubEvent owner advisor }
					}
				}
				""");
	}

	@Test
	void deputyMustNotBeTheOwner() {
		String bad = ROLES + """
				service Shop {
					standards {
						standard call { deadline every week owner advisor deputy ⟦advisor⟧ }
					}
				}
				""";
		support.assertIssue(bad, STANDARD_DEPUTY_IS_OWNER, WARNING,
				"The deputy of standard 'call' is its owner: name someone who covers when the owner is away.");
		support.assertNoIssue(bad.replace("deputy ⟦advisor⟧", "deputy supervisor"), STANDARD_DEPUTY_IS_OWNER);
	}
	@Test
	void escalationGoesToSomeoneElse() {
		String bad = ROLES + """
				service Shop {
					standards {
						event e
						standard call { deadline within 1 day after e owner advisor escalate to ⟦advisor⟧ within 2 hours }
					}
				}
				""";
		support.assertIssue(bad, ESCALATION_TO_OWNER, WARNING,
				"Standard 'call' escalates to its own owner: escalate to the person who can decide, such as a supervisor.");
		support.assertNoIssue(bad.replace("escalate to ⟦advisor⟧", "escalate to supervisor"), ESCALATION_TO_OWNER);
	}
	@Test
	void invertedDeadlineRange() {
		String bad = ROLES + """
				service Shop {
					standards {
						event handover
						standard call { deadline ⟦1 week⟧ to 3 days after handover owner advisor }
					}
				}
				""";
		support.assertIssue(bad, DEADLINE_INVERTED, ERROR,
				"The deadline range ends before it starts (1 week to 3 days): write the shorter duration first.");
		support.assertNoIssue(bad.replace("⟦1 week⟧ to 3 days", "3 days to 1 week"), DEADLINE_INVERTED);
		// 7 days and 1 week are the same length: not inverted.
		support.assertNoIssue(bad.replace("⟦1 week⟧ to 3 days", "1 week to 7 days"), DEADLINE_INVERTED);
	}
	@Test
	void impossibleDeadlines() {
		String bad = ROLES + """
				service Shop {
					standards {
						event handover
						standard call { deadline within ⟦0 days⟧ after handover owner advisor }
					}
				}
				""";
		support.assertIssue(bad, DEADLINE_IMPOSSIBLE, ERROR,
				"A deadline of zero time cannot be met: use 'same-day' or give a duration greater than 0.");
		support.assertNoIssue(bad.replace("within ⟦0 days⟧", "same-day"), DEADLINE_IMPOSSIBLE);
		support.assertIssue(ROLES + "service S { standards { standard review { deadline every ⟦0⟧ weeks owner supervisor } } }",
				DEADLINE_IMPOSSIBLE, ERROR, "'every 0 weeks' never recurs: give a period greater than 0.");
		support.assertIssue(ROLES + """
				service S { standards { event e standard s { deadline within 1 day after e owner advisor
					escalate to supervisor within ⟦0 hours⟧ } } }
				""", DEADLINE_IMPOSSIBLE, ERROR, "Escalating within zero time cannot be met: give a duration greater than 0.");
	}
	@Test
	void circularDeadlineAnchors() {
		String bad = ROLES + """
				service Shop {
					standards {
						standard first { deadline within 2 days after ⟦second⟧ owner advisor }
						standard second { deadline within 7 days after first owner advisor }
					}
				}
				""";
		support.assertIssue(bad, DEADLINE_CYCLE, ERROR,
				"The deadlines of 'first' -> 'second' depend on each other in a circle, so none can be scheduled: anchor one of them on an event.");
		support.assertNoIssue(bad.replace("after ⟦second⟧", "after visit").replace("standards {", "standards { event visit"),
				DEADLINE_CYCLE);
	}

	@Test
	void aDeadlineCountedFromAStandardWithoutOneHasNoDate() {
		String bad = ROLES + """
				service Shop {
					standards {
						standard review { owner advisor }
						standard report { deadline within 2 days after review owner advisor }
						standard file { deadline within 1 day after ⟦report⟧ owner advisor }
					}
				}
				""";
		support.assertIssue(bad, DEADLINE_ANCHOR_UNDATED, WARNING,
				"Standard 'file' counts from 'review', which has no deadline, so no due date can be given: give 'review' a deadline or count 'file' from an event.");
		// A recurring standard has dates, so a standard counted from it has one per occurrence.
		support.assertNoIssue(bad.replace("standard review { owner advisor }", "standard review { deadline every 15 days owner advisor }"),
				DEADLINE_ANCHOR_UNDATED);
	}
}
