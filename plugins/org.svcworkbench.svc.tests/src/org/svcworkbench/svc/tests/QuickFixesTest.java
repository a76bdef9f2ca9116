package org.svcworkbench.svc.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.ide.SvcIdeSetup;
import org.svcworkbench.svc.ide.quickfix.SvcQuickfixProvider;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The quick fixes as every editor gets them, over LSP (Eclipse's Ctrl+1 and VS Code's light bulb
 * ask the same server): for each case, a model with its finding (at «|»), the fix chosen by its
 * label, the text it gives; and that text, checked in a folder of its own, no longer has the finding
 * and has no more errors than before. (The Eclipse path is SvcQuickFixTest in the UI tests.)
 */
class QuickFixesTest extends AbstractLanguageServerTest {

	private static final String LIBRARY = "channel counter \"Counter\"\nchannel app\nrole barista \"Barista\"\nrole manager\n";

	QuickFixesTest() {
		super("svc");
	}

	private Injector language;

	@Override
	protected Module getServerModule() {
		language = new SvcIdeSetup().createInjectorAndDoEMFRegistration();
		return SvcLanguageServerTest.serverModule(language);
	}

	static Stream<Arguments> fixes() {
		String standards = "service Cafe {\n\tstandards {\n\t\tevent ordered\n\t\tstandard serve {\n\t\t\towner barista\n\t\t\tdeadline %s ordered\n\t\t}\n\t}\n}\n";
		String matrix = "service Cafe {\n\tmatrix support {\n\t\tstages buy, use\n\t\tproviders %s\n%s\t}\n}\n";
		String evidence = "service Cafe {\n\tevidence {\n\t\tcue cup \"Branded cup\"\n\t\tcue menu\n\t}\n\tblueprint order {\n\t\tstep a|sk customer\n\t}\n}\n";
		return Stream.of(
				Arguments.of("an inverted deadline is written the right way round", standards.formatted("1 we|ek to 3 days after"),
						"svc.deadline.inverted", "Write it '3 days to 1 week'", standards.formatted("3 days to 1 week after")),
				Arguments.of("a deadline of no time becomes same-day", standards.formatted("within |0 days after"), "svc.deadline.impossible",
						"Make it 'same-day'", standards.formatted("same-day after")),
				Arguments.of("an adequate level above the desired one is swapped",
						"service Cafe {\n\tquality {\n\t\tdimension reliability desired 5 adequate |6.5\n\t}\n}\n",
						"svc.quality.adequate-above-desired", "Swap them: desired 6.5, adequate 5",
						"service Cafe {\n\tquality {\n\t\tdimension reliability desired 6.5 adequate 5\n\t}\n}\n"),
				Arguments.of("a cell's channel is added to the providers",
						matrix.formatted("counter", "\t\tcell buy at counter \"Order\"\n\t\tcell use at |app \"Track\"\n"),
						"svc.matrix.provider-undeclared", "Add 'app' to the providers of matrix 'support'",
						matrix.formatted("counter, app", "\t\tcell buy at counter \"Order\"\n\t\tcell use at app \"Track\"\n")),
				Arguments.of("a provider without cells is removed (the last)", matrix.formatted("counter, |app", "\t\tcell buy at counter \"Order\"\n"),
						"svc.matrix.provider-empty", "Remove 'app' from the providers", matrix.formatted("counter", "\t\tcell buy at counter \"Order\"\n")),
				Arguments.of("a provider without cells is removed (the first)", matrix.formatted("|app, counter", "\t\tcell buy at counter \"Order\"\n"),
						"svc.matrix.provider-empty", "Remove 'app' from the providers", matrix.formatted("counter", "\t\tcell buy at counter \"Order\"\n")),
				Arguments.of("a cell's relation to itself is removed",
						matrix.formatted("counter", "\t\tcell buy at counter \"Order\" reinforces |buy at counter\n"), "svc.matrix.relation-self",
						"Remove the relation to the cell itself", matrix.formatted("counter", "\t\tcell buy at counter \"Order\"\n")),
				Arguments.of("a visible step shows a cue of the evidence", evidence, "svc.blueprint.step-no-evidence", "Show 'cup' at this step",
						evidence.replace("a|sk customer\n", "ask customer {\n\t\t\tshows cup\n\t\t}\n")),
				Arguments.of("a touchpoint gets a channel",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint or|der {\n\t\t\t\towner barista\n\t\t\t}\n\t\t}\n\t}\n}\n",
						"svc.touchpoint.no-channel", "Reach the customer through channel 'counter'",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\towner barista\n\t\t\t\tchannel counter\n\t\t\t}\n\t\t}\n\t}\n}\n"),
				Arguments.of("a standard gets an owner",
						"service Cafe {\n\tstandards {\n\t\tstandard gr|eet {\n\t\t\tbehavioural \"at every encounter\"\n\t\t}\n\t}\n}\n",
						"svc.standard.no-owner", "Make 'manager' the owner",
						"service Cafe {\n\tstandards {\n\t\tstandard greet {\n\t\t\tbehavioural \"at every encounter\"\n\t\t\towner manager\n\t\t}\n\t}\n}\n"),
				Arguments.of("a deputy who is the owner is removed",
						"service Cafe {\n\tstandards {\n\t\tstandard greet {\n\t\t\tbehavioural \"always\"\n\t\t\towner barista\n\t\t\tdeputy |barista\n\t\t}\n\t}\n}\n",
						"svc.standard.deputy-is-owner", "Remove the deputy (the owner is the same role)",
						"service Cafe {\n\tstandards {\n\t\tstandard greet {\n\t\t\tbehavioural \"always\"\n\t\t\towner barista\n\t\t}\n\t}\n}\n"),
				Arguments.of("a described P is taken out of the out-of-scope list",
						"service Cafe {\n\tout-of-scope price, promotion \"later\"\n\t|price {\n\t}\n}\n", "svc.mix.p-out-of-scope-described",
						"Take 'price' out of the out-of-scope declaration", "service Cafe {\n\tout-of-scope promotion \"later\"\n\tprice {\n\t}\n}\n"),
				Arguments.of("a described P alone out of scope loses the declaration",
						"service Cafe {\n\tout-of-scope price \"later\"\n\t|price {\n\t}\n}\n", "svc.mix.p-out-of-scope-described",
						"Take 'price' out of the out-of-scope declaration", "service Cafe {\n\tprice {\n\t}\n}\n"),
				Arguments.of("a touchpoint keeps its channel and loses 'no-channel'",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\tno-channel \"walk|-in\"\n\t\t\t\towner barista\n\t\t\t}\n\t\t}\n\t}\n}\n",
						"svc.touchpoint.channel-conflict", "Keep the channel 'counter', remove 'no-channel'",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\towner barista\n\t\t\t}\n\t\t}\n\t}\n}\n"),
				Arguments.of("a touchpoint on one line keeps 'no-channel' and loses its channel",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order { channel counter no-channel \"walk|-in\" owner barista }\n\t\t}\n\t}\n}\n",
						"svc.touchpoint.channel-conflict", "Keep 'no-channel', remove the channel 'counter'",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order { no-channel \"walk-in\" owner barista }\n\t\t}\n\t}\n}\n"),
				Arguments.of("a behavioural standard loses its deadline", standards.formatted("1 day after").replace("owner barista\n",
						"owner barista\n\t\t\tbehavioural \"at every| order\"\n"), "svc.standard.behaviour-with-deadline",
						"Keep it behavioural, remove the deadline",
						standards.formatted("1 day after").replace("owner barista\n", "owner barista\n\t\t\tbehavioural \"at every order\"\n")
								.replace("\t\t\tdeadline 1 day after ordered\n", "")),
				Arguments.of("an escalation to the owner goes to another role", standards.formatted("1 day after")
						.replace("ordered\n\t\t}", "ordered\n\t\t\tescalate to |barista within 2 hours\n\t\t}"), "svc.standard.escalation-to-owner",
						"Escalate to 'manager'", standards.formatted("1 day after")
						.replace("ordered\n\t\t}", "ordered\n\t\t\tescalate to manager within 2 hours\n\t\t}")),
				Arguments.of("a missing stage is added in the journey's order",
						"service Cafe {\n\t|journey {\n\t\tstage before {\n\t\t}\n\t\tstage after {\n\t\t}\n\t}\n}\n", "svc.journey.stage-missing",
						"Add the missing 'during' stage",
						"service Cafe {\n\tjourney {\n\t\tstage before {\n\t\t}\n\t\tstage during {\n\t\t}\n\t\tstage after {\n\t\t}\n\t}\n}\n"),
				Arguments.of("a missing last stage is added at the end",
						"service Cafe {\n\t|journey {\n\t\tstage before {\n\t\t}\n\t\tstage during {\n\t\t}\n\t}\n}\n", "svc.journey.stage-missing",
						"Add the missing 'after' stage",
						"service Cafe {\n\tjourney {\n\t\tstage before {\n\t\t}\n\t\tstage during {\n\t\t}\n\t\tstage after {\n\t\t}\n\t}\n}\n"),
				Arguments.of("a stage without cells is removed", matrix.formatted("counter", "\t\tcell use at counter \"Order\"\n").replace("buy, use", "b|uy, use"),
						"svc.matrix.stage-empty", "Remove stage 'buy' from the matrix",
						matrix.formatted("counter", "\t\tcell use at counter \"Order\"\n").replace("buy, use", "use")),
				Arguments.of("an orientation takes its quadrant's",
						"service Cafe {\n\torientation pr|ice (product high, service high)\n}\n", "svc.orientation.quadrant",
						"Set the orientation to 'relationship'", "service Cafe {\n\torientation relationship (product high, service high)\n}\n"),
				Arguments.of("transactional marketing at a partnership level becomes relationship marketing",
						"segment fleets {\n\tcustomers few\n\tmargin high\n\trelationship partnership\n\tapproach trans|actional\n}\n",
						"svc.segment.approach-level", "Change the approach to 'relationship'",
						"segment fleets {\n\tcustomers few\n\tmargin high\n\trelationship partnership\n\tapproach relationship\n}\n"),
				Arguments.of("an empty P block becomes an out-of-scope declaration",
						"service Cafe {\n\tpr|ice {\n\t}\n}\n", "svc.mix.p-empty", "Declare 'price' out of scope instead, with the reason",
						"service Cafe {\n\tout-of-scope price \"reason\"\n}\n"),
				Arguments.of("an unreached step is reached from the step before it",
						"service Cafe {\n\tblueprint order {\n\t\tstep ask customer\n\t\tstep brew backstage\n\t\tstep se|rve onstage\n\t\tflow ask -> brew\n\t}\n}\n",
						"svc.blueprint.step-unreached", "Add a flow from 'brew' to it",
						"service Cafe {\n\tblueprint order {\n\t\tstep ask customer\n\t\tstep brew backstage\n\t\tstep serve onstage\n\t\tflow ask -> brew\n\t\tflow brew -> serve\n\t}\n}\n"),
				Arguments.of("a rating word takes its score's level", "service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\towner barista\n\t\t\t\trating %s\n\t\t\t\tscore %s\n\t\t\t}\n\t\t}\n\t}\n}\n".formatted("very-satisfied", "4|5"), "svc.rating.score-disagrees",
						"Rate it 'fairly-satisfied', as its score of 45 says", "service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\towner barista\n\t\t\t\trating %s\n\t\t\t\tscore %s\n\t\t\t}\n\t\t}\n\t}\n}\n".formatted("fairly-satisfied", "45")),
				Arguments.of("a rating number takes its score's level", "service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\towner barista\n\t\t\t\trating %s\n\t\t\t\tscore %s\n\t\t\t}\n\t\t}\n\t}\n}\n".formatted("7", "4|5"), "svc.rating.score-disagrees",
						"Rate it 5, as its score of 45 says", "service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\towner barista\n\t\t\t\trating %s\n\t\t\t\tscore %s\n\t\t\t}\n\t\t}\n\t}\n}\n".formatted("5", "45")),
				Arguments.of("a hyphenated name is renamed where it is a name, not in texts or comments",
						"channel after|-sales \"after-sales desk\"\n// after-sales: the desk by the exit\nservice Cafe {\n\tplace {\n\t\tchannels after-sales\n\t}\n}\n",
						"svc.syntax.invalid-name", "Change 'after-sales' to 'afterSales' everywhere in this file (2 places)",
						"channel afterSales \"after-sales desk\"\n// after-sales: the desk by the exit\nservice Cafe {\n\tplace {\n\t\tchannels afterSales\n\t}\n}\n"),
				Arguments.of("a missing side of the triangle is added",
						"service Cafe {\n\tt|riangle {\n\t\texternal \"Promise\"\n\t\tinternal \"Train\"\n\t}\n}\n", "svc.triangle.side-missing",
						"Add the 'interactive' side",
						"service Cafe {\n\ttriangle {\n\t\texternal \"Promise\"\n\t\tinternal \"Train\"\n\t\tinteractive \"describe it\"\n\t}\n}\n"),
				Arguments.of("the missing convenience questions are added",
						"service Cafe {\n\tconv|enience {\n\t\tdecision \"Is the menu clear?\"\n\t\taccess \"Is it open early?\"\n\t\ttransaction \"Can I pay by phone?\"\n\t}\n}\n",
						"svc.convenience.type-missing", "Add questions for all missing types (benefit, post-benefit)",
						"service Cafe {\n\tconvenience {\n\t\tdecision \"Is the menu clear?\"\n\t\taccess \"Is it open early?\"\n\t\ttransaction \"Can I pay by phone?\"\n\t\tbenefit \"describe it\"\n\t\tpost-benefit \"describe it\"\n\t}\n}\n"),
				Arguments.of("the missing management steps are added",
						"service Cafe {\n\tman|agement {\n\t\tresearch \"Survey regulars\"\n\t\tplanning \"A loyalty card\"\n\t}\n}\n", "svc.management.step-missing",
						"Add the missing steps (positioning, monitoring)",
						"service Cafe {\n\tmanagement {\n\t\tresearch \"Survey regulars\"\n\t\tplanning \"A loyalty card\"\n\t\tpositioning \"describe it\"\n\t\tmonitoring \"describe it\"\n\t}\n}\n"),
				Arguments.of("a stakeholder gets its relationship market", "stakeholder |roaster \"Coffee roaster\"\n", "svc.stakeholder.no-market",
						"Set its relationship market 'suppliers'", "stakeholder roaster \"Coffee roaster\" {\n\tmarket suppliers\n}\n"),
				Arguments.of("a relation to a missing cell relates to an existing one",
						matrix.formatted("counter, app", "\t\tcell buy at counter \"Order\"\n\t\tcell use at app \"Track\" reinforces |use at counter\n"),
						"svc.matrix.relation-no-cell", "Relate to the cell 'buy at counter'",
						matrix.formatted("counter, app", "\t\tcell buy at counter \"Order\"\n\t\tcell use at app \"Track\" reinforces buy at counter\n")),
				Arguments.of("a decision's branch in a chain gets a flow of its own",
						"service Cafe {\n\tblueprint order {\n\t\tstep ask customer\n\t\tstep pay customer decision\n\t\tstep card onstage\n\t\tstep cash onstage\n\t\tstep leave customer\n%s\t}\n}\n".formatted("\t\tflow ask -> pay -> |card -> leave \"paid\"\n\t\tflow pay -> cash \"cash\"\n\t\tflow cash -> leave\n"),
						"svc.blueprint.decision-unlabelled", "Give the branch to 'card' a flow of its own, with its label",
						"service Cafe {\n\tblueprint order {\n\t\tstep ask customer\n\t\tstep pay customer decision\n\t\tstep card onstage\n\t\tstep cash onstage\n\t\tstep leave customer\n%s\t}\n}\n".formatted("\t\tflow ask -> pay\n\t\tflow pay -> card \"when ...\"\n\t\tflow card -> leave \"paid\"\n\t\tflow pay -> cash \"cash\"\n\t\tflow cash -> leave\n")),
				Arguments.of("an onstage step of a back-stage role moves backstage",
						"service Cafe {\n\tpeople {\n\t\trole cook {\n\t\t\tposition back\n\t\t}\n\t}\n\tblueprint order {\n\t\tstep plate onstage by |cook\n\t}\n}\n",
						"svc.blueprint.backstage-role-onstage", "Move step 'plate' backstage",
						"service Cafe {\n\tpeople {\n\t\trole cook {\n\t\t\tposition back\n\t\t}\n\t}\n\tblueprint order {\n\t\tstep plate backstage by cook\n\t}\n}\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixes")
	void aFixGivesTheRepairedText(String name, String withCaret, String code, String label, String expected) throws Exception {
		initialize();
		String text = withCaret.replace("|", "");
		String uri = openModel("before", text);
		Position caret = position(text, withCaret.indexOf('|'));
		List<Diagnostic> before = getDiagnostics().get(uri);
		Diagnostic finding = before.stream().filter(d -> code.equals(d.getCode().getLeft()) && contains(d.getRange(), caret))
				.findFirst().orElseThrow(() -> new AssertionError("no " + code + " at " + caret + " in " + before));
		List<CodeAction> actions = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), finding.getRange(),
				new CodeActionContext(List.of(finding)))).get().stream().map(a -> a.getRight()).toList();
		CodeAction fix = actions.stream().filter(a -> a.getTitle().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + label + "' among " + actions.stream().map(CodeAction::getTitle).toList()));
		String fixed = apply(text, fix.getEdit().getChanges().get(uri));
		Assertions.assertEquals(expected, fixed);

		String afterUri = openModel("after", fixed);
		List<Diagnostic> after = getDiagnostics().get(afterUri);
		Assertions.assertTrue(after.stream().noneMatch(d -> code.equals(d.getCode().getLeft())), () -> "still " + code + ": " + after);
		Assertions.assertTrue(errors(after) <= errors(before), () -> "more errors after the fix: " + after);
	}

	/** A fix that names what to refer to offers each name the element can use once, as written where it is used. */
	@org.junit.jupiter.api.Test
	void theNamesOfferedAreThoseInScope() throws Exception {
		initialize();
		String text = "service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order\n\t\t}\n\t}\n}\n";
		String uri = openModel("names", text);
		Assertions.assertEquals(List.of("Reach the customer through channel 'app'", "Reach the customer through channel 'counter'"),
				titles(uri, "svc.touchpoint.no-channel"));
		Assertions.assertEquals(List.of("Make 'barista' the owner", "Make 'manager' the owner"), titles(uri, "svc.touchpoint.no-owner"));
		Assertions.assertTrue(titles(uri, "svc.mix.p-missing").contains("Add the missing 'evidence' block"), "a label for every P");
	}

	/** The language reference says which rules have quick fixes ("quick fix: …" in the rule's row): all of them, and no other. */
	@org.junit.jupiter.api.Test
	void theLanguageReferenceNamesEveryRulesFix() throws Exception {
		java.nio.file.Path doc = SvcTestSupport.examples().resolveSibling("docs").resolve("language-reference.md");
		java.util.Set<String> rules = new java.util.TreeSet<>(), documented = new java.util.TreeSet<>();
		for (String row : java.nio.file.Files.readAllLines(doc)) {
			java.util.regex.Matcher rule = java.util.regex.Pattern.compile("^\\| `(svc\\.[a-z.-]+)` \\| (error|warning|info) \\|").matcher(row);
			if (rule.find() && !rule.group(1).startsWith("svc.syntax.")) {
				rules.add(rule.group(1));
				if (row.contains("quick fix")) {
					documented.add(rule.group(1));
				}
			}
		}
		java.util.Set<String> fixed = new java.util.TreeSet<>(language.getInstance(SvcQuickfixProvider.class).codes());
		fixed.retainAll(rules);
		Assertions.assertEquals(fixed, documented);
		Assertions.assertEquals(37, fixed.size(), "the rules with quick fixes, as the README counts them");
	}

	/** A designer who reads the findings in Chinese gets the fixes' labels, and the placeholders they write, in Chinese too. */
	@org.junit.jupiter.api.Test
	void theFixesSpeakTheFindingsLanguage() throws Exception {
		language.getInstance(Findings.class).use("zh");
		initialize();
		String text = "service Cafe {\n\tstandards {\n\t\tstandard greet {\n\t\t\tbehavioural \"always\"\n\t\t}\n\t}\n}\n";
		String uri = openModel("zh", text);
		Assertions.assertEquals(List.of("将“barista”设为负责人", "将“manager”设为负责人"), titles(uri, "svc.standard.no-owner"));
		Diagnostic missing = getDiagnostics().get(uri).stream().filter(d -> "svc.mix.p-missing".equals(d.getCode().getLeft())).findFirst()
				.orElseThrow();
		CodeAction outOfScope = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), missing.getRange(),
				new CodeActionContext(List.of(missing)))).get().stream().map(a -> a.getRight())
				.filter(a -> a.getTitle().equals("声明“price”不在范围内，并写明理由")).findFirst().orElseThrow();
		Assertions.assertTrue(apply(text, outOfScope.getEdit().getChanges().get(uri)).contains("\tout-of-scope price \"理由\"\n"));
	}

	/** A fix that rewrites an element's text whole is not offered where that text holds a comment, which it would lose. */
	@org.junit.jupiter.api.Test
	void noFixLosesAComment() throws Exception {
		initialize();
		String text = "service Cafe {\n\tprice {\n\t\t// to agree with the owner in May\n\t}\n\tprocess {\n\t}\n}\n";
		String uri = openModel("comments", text);
		List<String> offered = new java.util.ArrayList<>();
		for (Diagnostic finding : getDiagnostics().get(uri)) {
			if ("svc.mix.p-empty".equals(finding.getCode().getLeft())) {
				offered.addAll(languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), finding.getRange(),
						new CodeActionContext(List.of(finding)))).get().stream().map(a -> a.getRight().getTitle()).toList());
			}
		}
		Assertions.assertEquals(List.of("Declare 'process' out of scope instead, with the reason"), offered, "not for the price block with its note");
	}

	/** A folder of the workspace with the library and the model as cafe.svc, both open: the model's uri. */
	private String openModel(String folder, String text) {
		open(writeFile(folder + "/library.svc", LIBRARY), LIBRARY);
		String uri = writeFile(folder + "/cafe.svc", text);
		open(uri, text);
		return uri;
	}

	private List<String> titles(String uri, String code) throws Exception {
		Diagnostic finding = getDiagnostics().get(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		return languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), finding.getRange(),
				new CodeActionContext(List.of(finding)))).get().stream().map(a -> a.getRight().getTitle()).toList();
	}

	private static boolean contains(Range range, Position position) {
		Comparator<Position> order = Comparator.comparing(Position::getLine).thenComparing(Position::getCharacter);
		return order.compare(range.getStart(), position) <= 0 && order.compare(position, range.getEnd()) <= 0;
	}

	private static long errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count();
	}

	private static Position position(String text, int offset) {
		int line = 0, lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The edits applied as an editor applies them: all against the text before, the last first. */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}
}
