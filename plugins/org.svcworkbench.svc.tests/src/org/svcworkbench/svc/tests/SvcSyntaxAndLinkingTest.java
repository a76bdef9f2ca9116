package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.tests.TestModels.*;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.svcworkbench.svc.parser.SyntaxVocabulary;

import com.google.inject.Inject;

/** The checks of the grammar and linking (names, keywords, braces, stray characters, unknown names): each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcSyntaxAndLinkingTest {

	@Inject private SvcTestSupport support;
	@Inject private SyntaxVocabulary vocabulary;

	@Test
	void answersSeeOnlyTheirPropositionsPains() {
		String bad = """
				service Shop {
					proposition { pain delay "Waiting" answer delay "Fast" }
					proposition { answer ⟦delay⟧ "Again" }
				}
				""";
		support.assertIssue(bad, "svc.unknown-reference", ERROR,
				"Unknown pain 'delay': declare it with 'pain delay \"...\"' in the same proposition, or fix the spelling.");
	}
	@Test
	void personalNeedsIsAnExpectationSource() {
		// D12: expectations come from word of mouth, personal needs, past experience and the firm's communication
		String touchpoint = "service S { journey { stage before { touchpoint t \"Ask\" { no-channel \"x\" expects \"A quick answer\" from SOURCE } } } }";
		support.assertNoErrors(touchpoint.replace("SOURCE", "personal-needs, word-of-mouth"));
		support.assertIssue(touchpoint.replace("SOURCE", "⟦personal⟧ needs"), "svc.syntax.unexpected", ERROR,
				"'personal' after 'from' is not allowed: here the language expects an expectation source "
						+ "(past-experience, word-of-mouth, our-promises, competitor-promises, personal-needs).");
	}
	@Test
	void unknownAnchorSaysHowToDeclareIt() {
		support.assertIssue(ROLES + "service S { standards { standard s { deadline within 2 days after ⟦handover⟧ owner advisor } } }",
				"svc.unknown-reference", ERROR,
				"Unknown event or standard 'handover': declare 'event handover' in the 'standards' block, or name an existing standard.");
	}
	@Test
	void matrixCellOnUndeclaredStage() {
		support.assertIssue(MATRIX.replace("CELLS", "cell ⟦renew⟧ at shop \"Renewal\""), "svc.unknown-reference", ERROR,
				"Unknown matrix stage 'renew': add it to the matrix's 'stages' list, or fix the spelling.");
		support.assertNoErrors(MATRIX.replace("CELLS", "cell use at shop \"Help desk\""));
	}
	@Test
	void flowsSeeOnlyTheirBlueprintsSteps() {
		String bad = ROLES + """
				service S {
					blueprint one { step a support step b support flow a -> b }
					blueprint two { step c support flow c -> ⟦a⟧ }
				}
				""";
		support.assertIssue(bad, "svc.unknown-reference", ERROR,
				"Unknown step 'a': flows connect steps of the same blueprint; declare 'step a ...' in it, or fix the spelling.");
	}
	@Test
	void unknownCueSaysWhereToDeclareIt() {
		support.assertIssue(BLUEPRINT.replace("STEPS", "step greet onstage by advisor { shows ⟦badge⟧ }"), "svc.unknown-reference",
				ERROR, "Unknown evidence cue 'badge': declare it with 'cue badge' in the service's 'evidence' block, or fix the spelling.");
	}
	@Test
	void unknownChannel() {
		support.assertIssue("service S { place { channels ⟦shopp⟧ } }", "svc.unknown-reference", ERROR,
				"Unknown channel 'shopp': declare it with 'channel shopp' in a .svc file of this folder, or fix the spelling.");
	}
	@Test
	void strayCharactersAreNamed() {
		support.assertIssue("channel a ⟦#⟧", "svc.syntax.stray-character", ERROR,
				"Unexpected character '#' (U+0023): remove it, or put the text in quotes.");
		support.assertIssue("channel a ⟦\uFFFD⟧", "svc.syntax.stray-character", ERROR,
				"The file is probably not saved as UTF-8 (it contains U+FFFD, the replacement character): save it as UTF-8.");
	}
	@Test
	void keywordsAreNamesWhereANameIsExpected() {
		support.assertNoErrors("role owner \"Owner\"\nchannel event \"Event hall\"\nrole ^process \"Process owner\"\n"
				+ "service S { standards { event wait standard record \"Record\" { deadline within 2 days after wait owner owner } }\n"
				+ "blueprint b { step wait \"Wait\" customer\nstep after \"After\" customer\nflow wait -> after } }");
	}
	@Test
	void everyPlainKeywordIsAName() {
		// ValidID lists the keywords by hand (Xtext has no "any keyword"): a keyword added to the
		// grammar without it would silently become reserved.
		Set<String> names = vocabulary.nameKeywords();
		for (String keyword : vocabulary.wordKeywords()) {
			if (!keyword.contains("-")) {
				assertTrue(names.contains(keyword), "add '" + keyword + "' to ValidID in Svc.xtext");
			}
		}
	}

	@Test
	void hyphenatedKeywordIsNoName() {
		support.assertIssue("role ⟦after-sales⟧ \"Desk\"", "svc.syntax.invalid-name", ERROR,
				"'after-sales' cannot be a name: names start with a letter or _ and cannot contain '-': write afterSales or after_sales (or put text in quotes).");
	}
	@Test
	void bracesAreOptionalForEmptyDeclarations() {
		support.assertNoErrors("segment walkIns \"Walk-ins\"\nevent visit \"Visit\" { description \"d\" }\n"
				+ "service S { journey { stage before stage during { touchpoint call \"Call\" } }"
				+ " standards { standard greet \"Greet\" } promotion { activity \"a\" via c1, c2 before } }\n"
				+ "channel c1\nchannel c2");
	}

	@Test
	void journeyStagesHoldGroupsAndDecisionFactors() {
		support.assertNoErrors("""
				channel web
				role clerk
				service S {
					product { core "Repairs" super-value customised "Pick-up and return of the car" }
					promotion { activity "Workshop open day" via web by clerk before }
					process { input "The car" throughput "Diagnose, repair, check" output "A repaired car" }
					quality { technical "Repair done right" functional "Kept informed" }
					journey {
						stage before {
							factor need "Car makes a noise"
							factor reviews "Map reviews"
							group "Online" { touchpoint map { channel web owner clerk } }
						}
					}
				}
				""");
	}
}
