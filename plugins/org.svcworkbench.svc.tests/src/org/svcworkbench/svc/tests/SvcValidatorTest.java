package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Each rule fires on a bad model with its exact message and position, and not on the fixed model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcValidatorTest {

	@Inject private SvcTestSupport support;

	private static final String ROLES = """
			role advisor "Advisor" {
				position front
			}
			role supervisor "Supervisor" {
				position back
			}
			""";

	/* ------------------------------------------------------------ 7Ps */

	@Test
	void missingPsAreNamed() {
		String bad = """
				service ⟦Shop⟧ {
					product { core "Repairs" }
					price { amount 10 EUR }
					place { location "High street" }
					promotion { activity "Flyers" }
					people { customer "Brings the device" }
				}
				""";
		support.assertIssue(bad, MIX_P_MISSING, WARNING,
				"Service 'Shop' does not describe the Ps Physical evidence ('evidence'), Process ('process') of the 7Ps: add blocks for them.");
		support.assertIssue(bad.replace("people { customer \"Brings the device\" }", "people { customer \"x\" }\nevidence { cue c \"Counter\" }"),
				MIX_P_MISSING, WARNING,
				"Service 'Shop' does not describe the P Process ('process') of the 7Ps: add a block for it.");
		support.assertNoIssue(bad.replace("people {", "evidence { cue c \"Counter\" }\nprocess { description \"Walk-in\" }\npeople {"),
				MIX_P_MISSING);
	}

	@Test
	void emptyPIsReported() {
		String bad = """
				service Shop {
					⟦price {
					}⟧
				}
				""";
		support.assertIssue(bad, MIX_P_EMPTY, WARNING, "The 'price' block is empty: describe the P Price or remove the block.");
		support.assertNoIssue(bad.replace("price {", "price { cost time \"Queue\""), MIX_P_EMPTY);
	}

	@Test
	void aPDescribedTwiceIsAnError() {
		String bad = """
				service Shop {
					product { core "A" }
					⟦product { core "B" }⟧
				}
				""";
		support.assertIssue(bad, MIX_P_REPEATED, ERROR,
				"The P Product is described twice in service 'Shop': merge the two 'product' blocks.");
		support.assertNoIssue("service Shop { product { core \"A\" core \"B\" } }", MIX_P_REPEATED);
	}

	@Test
	void freeServiceIsRisky() {
		String bad = "service Shop { price { amount ⟦0 EUR⟧ \"check-up\" } }";
		support.assertIssue(bad, PRICE_FREE_SERVICE, WARNING,
				"A free service is risky (D8): customers stop valuing it and its cost erodes margins; price it separately or say how it is bundled.");
		support.assertNoIssue(bad.replace("0 EUR", "15 EUR"), PRICE_FREE_SERVICE);
	}

	@Test
	void currencyMustBeAnIsoCode() {
		String bad = "service Shop { price { amount 12 ⟦yuan⟧ } }";
		support.assertIssue(bad, CURRENCY_CODE, WARNING,
				"Currency 'yuan' is not an ISO 4217 code: write three capital letters such as CNY, EUR or USD.");
		support.assertNoIssue(bad.replace("yuan", "CNY"), CURRENCY_CODE);
	}

	/* ------------------------------------------------------------ D1, D3, D5 */

	@Test
	void characteristicDescribedTwice() {
		String bad = """
				service Shop {
					characteristics {
						variability "Checklists"
						⟦variability⟧ "Training"
					}
				}
				""";
		support.assertIssue(bad, CHARACTERISTIC_REPEATED, WARNING,
				"The characteristic 'variability' is described twice: merge the two entries.");
		support.assertNoIssue(bad.replace("⟦variability⟧ \"Training\"", "perishability \"Booking\""), CHARACTERISTIC_REPEATED);
	}

	@Test
	void painWithoutAnswer() {
		String bad = """
				service Shop {
					proposition "Fixed today" {
						job fix "Get the phone fixed"
						pain ⟦delay⟧ "Days without a phone"
					}
				}
				""";
		support.assertIssue(bad, PAIN_NOT_ANSWERED, WARNING,
				"Pain 'delay' is not answered: add 'answer delay \"how the service relieves it\"'.");
		support.assertNoIssue(bad.replace("\t}\n}", "\t\tanswer delay \"Same-day repair\"\n\t}\n}"), PAIN_NOT_ANSWERED);
	}

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
	void customerServiceListedTwice() {
		String bad = """
				service Shop {
					customer-services {
						billing "Card"
						⟦billing⟧ "Cash"
					}
				}
				""";
		support.assertIssue(bad, CUSTOMER_SERVICE_REPEATED, WARNING,
				"The customer service 'billing' is listed twice: merge the two entries.");
		support.assertNoIssue(bad.replace("⟦billing⟧ \"Cash\"", "ordering \"Online\""), CUSTOMER_SERVICE_REPEATED);
	}

	/* ------------------------------------------------------------ D4 */

	@Test
	void touchpointNeedsChannelAndOwner() {
		String bad = ROLES + """
				channel web "Website"
				service Shop {
					journey {
						stage before { touchpoint ⟦ad⟧ "Advert" { owner advisor } }
						stage during { touchpoint visit { channel web owner advisor } }
						stage after { touchpoint call { channel web owner advisor } }
					}
				}
				""";
		support.assertIssue(bad, TOUCHPOINT_NO_CHANNEL, WARNING,
				"Touchpoint 'ad' has no channel: add 'channel <name>' (where the customer meets the service).");
		support.assertNoIssue(bad.replace("{ owner advisor }", "{ channel web owner advisor }"), TOUCHPOINT_NO_CHANNEL);
		support.assertIssue(bad.replace("{ owner advisor }", "{ channel web }"), TOUCHPOINT_NO_OWNER, WARNING,
				"Touchpoint 'ad' has no owner: add 'owner <role>' (who is accountable for it).");
		support.assertNoIssue(bad, TOUCHPOINT_NO_OWNER);
	}

	@Test
	void journeyStagesMissingAndRepeated() {
		String bad = """
				service Shop {
					⟦journey {
						stage during { }
					}⟧
				}
				""";
		support.assertIssue(bad, JOURNEY_STAGE_MISSING, WARNING,
				"The journey has no stage for before and after purchase: add 'stage before { touchpoint ... }' so the whole journey is covered (D4).");
		support.assertNoIssue(bad.replace("stage during { }", "stage before { } stage during { } stage after { }"),
				JOURNEY_STAGE_MISSING);
		support.assertIssue("service Shop { journey { stage before { } stage during { } stage after { } stage ⟦during⟧ { } } }",
				JOURNEY_STAGE_REPEATED, ERROR, "The journey has two 'during' stages: merge their touchpoints into one.");
	}

	/* ------------------------------------------------------------ D6 */

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
				"Standard 'call' has no deadline: add e.g. 'deadline within 2 days after <event>'.");
		support.assertIssue(bad, STANDARD_NO_OWNER, WARNING, "Standard 'call' has no owner: add 'owner <role>'.");
		String good = bad.replace("{ }", "{ deadline every week owner advisor deputy supervisor }");
		support.assertNoIssue(good, STANDARD_NO_DEADLINE);
		support.assertNoIssue(good, STANDARD_NO_OWNER);
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
	void unknownAnchorSaysHowToDeclareIt() {
		support.assertIssue(ROLES + "service S { standards { standard s { deadline within 2 days after ⟦handover⟧ owner advisor } } }",
				"svc.unknown-reference", ERROR,
				"Unknown event or standard 'handover': declare 'event handover' in the 'standards' block, or name an existing standard.");
	}

	/* ------------------------------------------------------------ D7 */

	private static final String MATRIX = """
			channel shop
			channel hotline
			channel dealer
			service Shop {
				matrix m {
					stages buy, use
					providers shop, hotline
					CELLS
				}
			}
			""";

	@Test
	void matrixCellOnUndeclaredProvider() {
		String bad = MATRIX.replace("CELLS", "cell buy at ⟦dealer⟧ \"Dealer sale\"");
		support.assertIssue(bad, MATRIX_PROVIDER_UNDECLARED, ERROR,
				"Channel 'dealer' is not a provider of matrix 'm': add it to 'providers' or choose one of the listed providers.");
		support.assertNoIssue(bad.replace("providers shop, hotline", "providers shop, hotline, dealer"), MATRIX_PROVIDER_UNDECLARED);
	}

	@Test
	void matrixCellOnUndeclaredStage() {
		support.assertIssue(MATRIX.replace("CELLS", "cell ⟦renew⟧ at shop \"Renewal\""), "svc.unknown-reference", ERROR,
				"Unknown matrix stage 'renew': add it to the matrix's 'stages' list, or fix the spelling.");
		support.assertNoErrors(MATRIX.replace("CELLS", "cell use at shop \"Help desk\""));
	}

	@Test
	void matrixRowsAndColumnsWithoutCells() {
		String bad = MATRIX.replace("providers shop, hotline", "providers shop, ⟦hotline⟧").replace("CELLS", "cell buy at shop \"Sale\"");
		support.assertIssue(bad, MATRIX_PROVIDER_EMPTY, WARNING,
				"Provider 'hotline' has no cell in matrix 'm': say what it provides at some stage, or remove it (D7: partners should know their role).");
		support.assertIssue(MATRIX.replace("stages buy, use", "stages buy, ⟦use⟧").replace("CELLS", "cell buy at shop \"Sale\""),
				MATRIX_STAGE_EMPTY, WARNING,
				"Stage 'use' has no cell in matrix 'm': say which provider serves customers at this stage, or remove it.");
		String full = MATRIX.replace("CELLS", "cell buy at shop \"Sale\"\ncell use at hotline \"Help\"");
		support.assertNoIssue(full, MATRIX_PROVIDER_EMPTY);
		support.assertNoIssue(full, MATRIX_STAGE_EMPTY);
	}

	@Test
	void matrixCellRepeated() {
		String bad = MATRIX.replace("CELLS", "cell buy at shop \"A\"\ncell ⟦buy⟧ at shop \"B\"");
		support.assertIssue(bad, MATRIX_CELL_REPEATED, ERROR, "There is already a cell for stage 'buy' at 'shop': merge the two cells.");
		support.assertNoIssue(bad.replace("⟦buy⟧ at shop", "use at shop"), MATRIX_CELL_REPEATED);
	}

	@Test
	void matrixRelationsNeedAnotherExistingCell() {
		String bad = MATRIX.replace("CELLS", "cell buy at shop \"Sale\" conflicts ⟦use⟧ at hotline");
		support.assertIssue(bad, MATRIX_RELATION_NO_CELL, ERROR,
				"No cell 'use at hotline' exists for this cell to conflict with: add that cell first or name an existing one.");
		support.assertNoIssue(bad + "", MATRIX_RELATION_SELF);
		String fixed = MATRIX.replace("CELLS", "cell buy at shop \"Sale\" conflicts use at hotline\ncell use at hotline \"Help\"");
		support.assertNoIssue(fixed, MATRIX_RELATION_NO_CELL);
		support.assertIssue(MATRIX.replace("CELLS", "cell buy at shop \"Sale\" reinforces ⟦buy⟧ at shop"), MATRIX_RELATION_SELF,
				WARNING, "A cell cannot reinforce itself: name another cell.");
	}

	/* ------------------------------------------------------------ D9, D10 */

	@Test
	void relationshipLevelFollowsKotler() {
		String bad = """
				segment fleets "Fleets" {
					customers few
					margin high
					relationship ⟦reactive⟧
				}
				""";
		support.assertIssue(bad, RELATIONSHIP_LEVEL, WARNING,
				"Segment 'fleets' has few customers and high margin, for which the recommended relationship level is partnership, not reactive (D10).");
		support.assertNoIssue(bad.replace("⟦reactive⟧", "partnership"), RELATIONSHIP_LEVEL);
		// many customers with low margin: basic or reactive both fit
		support.assertNoIssue("segment s { customers many margin low relationship reactive }", RELATIONSHIP_LEVEL);
		support.assertIssue("segment s { customers many margin low relationship ⟦proactive⟧ }", RELATIONSHIP_LEVEL, WARNING,
				"Segment 's' has many customers and low margin, for which the recommended relationship level is basic or reactive, not proactive (D10).");
	}

	@Test
	void orientationMatchesItsQuadrant() {
		String bad = "service S { orientation ⟦service⟧ (product high, service high) }";
		support.assertIssue(bad, ORIENTATION_QUADRANT, WARNING,
				"Product quality high and service level high make a relationship-oriented service (D9), not service-oriented.");
		support.assertNoIssue(bad.replace("⟦service⟧", "relationship"), ORIENTATION_QUADRANT);
	}

	/* ------------------------------------------------------------ D11-D13 */

	@Test
	void surveyWeightsMustAddUpTo100() {
		String bad = """
				service S {
					⟦satisfaction {
						item speed weight 50% rating satisfied
						item taste weight 45.5% rating neutral
					}⟧
				}
				""";
		support.assertIssue(bad, SURVEY_WEIGHTS, ERROR,
				"The survey item weights add up to 95.5%, not 100%: adjust them so the weighted score is meaningful.");
		support.assertNoIssue(bad.replace("45.5%", "50.0%"), SURVEY_WEIGHTS);
	}

	@Test
	void qualityLevels() {
		String bad = "service S { quality { dimension reliability desired 5 adequate ⟦6⟧ } }";
		support.assertIssue(bad, QUALITY_ADEQUATE_ABOVE_DESIRED, ERROR,
				"The adequate level of reliability (6) is above the desired level (5): the adequate level is the least a customer accepts, so it cannot exceed what they desire.");
		support.assertNoIssue(bad.replace("⟦6⟧", "4"), QUALITY_ADEQUATE_ABOVE_DESIRED);
		support.assertIssue("service S { quality { dimension empathy desired ⟦7.5⟧ adequate 4 } }", QUALITY_OUT_OF_SCALE, ERROR,
				"Service-quality levels are on the 1 to 7 scale; 7.5 is outside it.");
		support.assertNoIssue("service S { quality { dimension empathy desired 7 adequate 1 } }", QUALITY_OUT_OF_SCALE);
		support.assertIssue("service S { quality { dimension empathy desired 6 adequate 4 perceived ⟦3.5⟧ } }",
				QUALITY_BELOW_TOLERANCE, INFO,
				"Perceived empathy (3.5) is below the zone of tolerance (4 to 6): customers are dissatisfied here.");
		support.assertNoIssue("service S { quality { dimension empathy desired 6 adequate 4 perceived 4 } }",
				QUALITY_BELOW_TOLERANCE);
	}

	@Test
	void convenienceAuditCoversFiveTypes() {
		String bad = """
				service S {
					⟦convenience {
						decision "Clear menu?" result met
						access "Open late?" result partly
					}⟧
				}
				""";
		support.assertIssue(bad, CONVENIENCE_TYPE_MISSING, WARNING,
				"The convenience audit has no transaction, benefit, post-benefit questions (D13 names five types): add one per type.");
		support.assertNoIssue(bad.replace("result partly", "result partly transaction \"a\" benefit \"b\" post-benefit \"c\""),
				CONVENIENCE_TYPE_MISSING);
	}

	/* ------------------------------------------------------------ D14 */

	private static final String BLUEPRINT = ROLES + """
			service S {
				evidence { cue sign "Sign" }
				blueprint visit {
					STEPS
				}
			}
			""";

	@Test
	void flowThatGoesNowhere() {
		String bad = BLUEPRINT.replace("STEPS", "step a customer { shows sign }\nstep b customer { shows sign }\nflow ⟦a⟧\nflow a -> b");
		support.assertIssue(bad, FLOW_NOWHERE, ERROR, "The flow from 'a' goes nowhere: add '-> <step>' to say which step follows.");
		support.assertIssue(bad.replace("flow ⟦a⟧", "flow a -> ⟦a⟧"), FLOW_NOWHERE, ERROR,
				"The flow from 'a' leads back to the same step and goes nowhere: point it at the next step.");
		support.assertNoIssue(bad.replace("flow ⟦a⟧\n", ""), FLOW_NOWHERE);
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
	void unknownCueSaysWhereToDeclareIt() {
		support.assertIssue(BLUEPRINT.replace("STEPS", "step greet onstage by advisor { shows ⟦badge⟧ }"), "svc.unknown-reference",
				ERROR, "Unknown evidence cue 'badge': declare it with 'cue badge' in the service's 'evidence' block, or fix the spelling.");
	}

	/* ------------------------------------------------------------ D8, D15, D16 */

	@Test
	void triangleHasThreeSides() {
		String bad = """
				service S {
					⟦triangle {
						external "Same-day quotes"
					}⟧
				}
				""";
		support.assertIssue(bad, TRIANGLE_SIDE_MISSING, WARNING,
				"The marketing triangle has no internal side (enabling employees to keep them): add 'internal \"...\"'.");
		support.assertNoIssue(bad.replace("quotes\"", "quotes\" internal \"Training\" interactive \"At the desk\""),
				TRIANGLE_SIDE_MISSING);
	}

	@Test
	void negativeDeliveredValue() {
		String bad = """
				service S {
					⟦delivered-value {
						value product 3 "Basic repair"
						cost monetary 5 "Expensive"
					}⟧
				}
				""";
		support.assertIssue(bad, DELIVERED_VALUE_NEGATIVE, WARNING,
				"Customer delivered value is negative: total value 3 is below total cost 5 (D16); raise a value component or cut a cost.");
		support.assertNoIssue(bad.replace("product 3", "product 6"), DELIVERED_VALUE_NEGATIVE);
		// without scores on every component there is no sum to judge
		support.assertNoIssue(bad.replace("product 3", "product"), DELIVERED_VALUE_NEGATIVE);
	}

	@Test
	void portfolioServicesNeedMarketData() {
		String bad = """
				service A { }
				service B { market { regions "North" } }
				portfolio p { services ⟦A⟧, B }
				""";
		support.assertIssue(bad, PORTFOLIO_NO_MARKET, WARNING,
				"Service 'A' is in portfolio 'p' but has no market data: add a 'market { segments ... }' block to it (D8).");
		support.assertNoIssue(bad.replace("service A { }", "service A { market { regions \"South\" } }"), PORTFOLIO_NO_MARKET);
	}

	/* ------------------------------------------------------------ names */

	@Test
	void duplicateNamesInOneFile() {
		support.assertIssue("channel web\nchannel ⟦web⟧", DUPLICATE_NAME, ERROR,
				"Duplicate channel 'web': another channel in this scope has that name; rename one of them.");
		support.assertNoIssue("channel web\nrole web", DUPLICATE_NAME);
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
	void keywordUsedAsNameGetsAHint() {
		support.assertIssue("role ⟦process⟧ \"Owner\"", "svc.syntax.keyword-as-name", ERROR,
				"'process' is a keyword of the .svc language and cannot be a name as it is: write ^process or choose another name.");
		support.assertNoErrors("role ^process \"Owner\"");
	}
}
