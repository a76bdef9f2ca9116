package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.ui.tests.Workbench.document;
import static org.svcworkbench.svc.ui.tests.Workbench.open;
import static org.svcworkbench.svc.ui.tests.Workbench.project;
import static org.svcworkbench.svc.ui.tests.Workbench.viewer;
import static org.svcworkbench.svc.ui.tests.Workbench.waitFor;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.ui.editor.SvcQuickAssistProcessor;

/**
 * Ctrl+1 on a finding offers the language's quick fixes; applying one gives the text a designer
 * would have typed. One case per fix: the text with its finding (the caret at «|»), the proposal
 * chosen, the text after.
 */
class SvcQuickFixTest extends WorkbenchTest {

	private static final String LIBRARY = "channel counter \"Counter\"\nrole barista \"Barista\"\n";

	static Stream<Arguments> fixes() {
		String allButPrice = "service Cafe {\n\tproduct {\n\t}\n\tplace {\n\t}\n\tpromotion {\n\t}\n\tpeople {\n\t}\n\tevidence {\n\t}\n\tprocess {\n\t}\n}\n";
		String blueprint = "service Cafe {\n\tblueprint order {\n\t\tstep ask customer\n\t\tstep brew backstage\n\t\tflow ask\n\t}\n}\n";
		return Stream.of(
				Arguments.of("a missing P gets a block", allButPrice.replace("Cafe", "Ca|fe"), "Add the missing 'price' block",
						allButPrice.replace("\tprocess {\n\t}\n", "\tprocess {\n\t}\n\tprice {\n\t}\n")),
				Arguments.of("a missing P is declared out of scope", allButPrice.replace("Cafe", "Ca|fe"),
						"Declare 'price' out of scope, with the reason",
						allButPrice.replace("\tprocess {\n\t}\n", "\tprocess {\n\t}\n\tout-of-scope price \"reason\"\n")),
				Arguments.of("the recommended relationship level",
						"segment regulars {\n\tcustomers many\n\tmargin medium\n\trelationship partn|ership\n}\n",
						"Set the recommended relationship level 'reactive'",
						"segment regulars {\n\tcustomers many\n\tmargin medium\n\trelationship reactive\n}\n"),
				Arguments.of("a relationship level kept with its reason",
						"segment regulars {\n\tcustomers many\n\tmargin medium\n\trelationship partn|ership\n}\n",
						"Keep 'partnership' and give the reason",
						"segment regulars {\n\tcustomers many\n\tmargin medium\n\trelationship partnership because \"reason\"\n}\n"),
				Arguments.of("a standard without a deadline is behavioural",
						"service Cafe {\n\tstandards {\n\t\tstandard gr|eet {\n\t\t\towner barista\n\t\t}\n\t}\n}\n",
						"Make it a behavioural standard, with when it applies",
						"service Cafe {\n\tstandards {\n\t\tstandard greet {\n\t\t\towner barista\n\t\t\tbehavioural \"at every encounter\"\n\t\t}\n\t}\n}\n"),
				Arguments.of("a free service says what it is bundled with", "service Cafe {\n\tprice {\n\t\tamount |0 EUR \"water\"\n\t}\n}\n",
						"Say what the free service is bundled with",
						"service Cafe {\n\tprice {\n\t\tamount 0 EUR \"water\" bundled \"with what\"\n\t}\n}\n"),
				Arguments.of("a touchpoint gets an owner",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint or|der {\n\t\t\t\tchannel counter\n\t\t\t}\n\t\t}\n\t}\n}\n",
						"Make 'barista' the owner",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\tchannel counter\n\t\t\t\towner barista\n\t\t\t}\n\t\t}\n\t}\n}\n"),
				Arguments.of("a touchpoint without a block gets one for its owner",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint or|der\n\t\t}\n\t}\n}\n",
						"Make 'barista' the owner",
						"service Cafe {\n\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint order {\n\t\t\t\towner barista\n\t\t\t}\n\t\t}\n\t}\n}\n"),
				Arguments.of("a misspelt channel is corrected", "service Cafe {\n\tplace {\n\t\tchannels coun|tre\n\t}\n}\n",
						"Change to 'counter'", "service Cafe {\n\tplace {\n\t\tchannels counter\n\t}\n}\n"),
				Arguments.of("a role of another service gets its service's name",
						"service Bar {\n\tpeople {\n\t\trole mixer\n\t}\n}\nsegment regulars {\n\towner mi|xer\n}\n",
						"Change to 'Bar.mixer'", "service Bar {\n\tpeople {\n\t\trole mixer\n\t}\n}\nsegment regulars {\n\towner Bar.mixer\n}\n"),
				Arguments.of("a name in traditional characters becomes the simplified one",
						"service Cafe {\n\tpeople {\n\t\trole 会籍顾问\n\t\tstaff 會籍|顧問\n\t}\n}\n", "Change to '会籍顾问'",
						"service Cafe {\n\tpeople {\n\t\trole 会籍顾问\n\t\tstaff 会籍顾问\n\t}\n}\n"),
				Arguments.of("an undeclared channel is declared", "service Cafe {\n\tplace {\n\t\tchannels 外|卖\n\t}\n}\n",
						"Declare channel '外卖' in this file", "service Cafe {\n\tplace {\n\t\tchannels 外卖\n\t}\n}\nchannel 外卖\n"),
				Arguments.of("survey weights are scaled to 100%",
						"service Cafe {\n\tsatis|faction {\n\t\titem taste weight 40%\n\t\titem speed weight 40%\n\t\titem room weight 40%\n\t}\n}\n",
						"Scale the weights to add up to 100% (34%, 33%, 33%)",
						"service Cafe {\n\tsatisfaction {\n\t\titem taste weight 34%\n\t\titem speed weight 33%\n\t\titem room weight 33%\n\t}\n}\n"),
				Arguments.of("a flow that goes nowhere is removed", blueprint.replace("flow ask", "flow a|sk"), "Remove the flow from 'ask'",
						blueprint.replace("\t\tflow ask\n", "")),
				Arguments.of("a flow that goes nowhere is continued", blueprint.replace("flow ask", "flow a|sk"), "Continue the flow to 'brew'",
						blueprint.replace("flow ask", "flow ask -> brew")),
				Arguments.of("a keyword spelt wrong is corrected (issue 21)",
						"service Cafe {\n\tblueprint order {\n\t\tstep ask onstg|ae\n\t}\n}\n", "Change 'onstgae' to 'onstage'",
						"service Cafe {\n\tblueprint order {\n\t\tstep ask onstage\n\t}\n}\n"),
				Arguments.of("a hyphen in a name becomes one name", "channel after|-sales\n", "Change 'after-sales' to 'afterSales'",
						"channel afterSales\n"),
				Arguments.of("an inverted deadline is written the right way round",
						"service Cafe {\n\tstandards {\n\t\tevent ordered\n\t\tstandard serve {\n\t\t\towner barista\n\t\t\tdeadline 1 we|ek to 3 days after ordered\n\t\t}\n\t}\n}\n",
						"Write it '3 days to 1 week'",
						"service Cafe {\n\tstandards {\n\t\tevent ordered\n\t\tstandard serve {\n\t\t\towner barista\n\t\t\tdeadline 3 days to 1 week after ordered\n\t\t}\n\t}\n}\n"),
				Arguments.of("a visible step shows a cue of the evidence",
						"service Cafe {\n\tevidence {\n\t\tcue cup\n\t}\n\tblueprint order {\n\t\tstep a|sk customer\n\t}\n}\n", "Show 'cup' at this step",
						"service Cafe {\n\tevidence {\n\t\tcue cup\n\t}\n\tblueprint order {\n\t\tstep ask customer {\n\t\t\tshows cup\n\t\t}\n\t}\n}\n"),
				Arguments.of("a currency word becomes its code", "service Cafe {\n\tprice {\n\t\tamount 4.50 eu|ro\n\t}\n}\n",
						"Write the currency code 'EUR'", "service Cafe {\n\tprice {\n\t\tamount 4.50 EUR\n\t}\n}\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixes")
	void quickFixGivesTheRepairedText(String name, String withCaret, String label, String expected) throws Exception {
		int caret = withCaret.indexOf('|');
		String text = withCaret.replace("|", "");
		IProject project = project("quickfix", Map.of("library.svc", LIBRARY, "cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		ISourceViewer viewer = viewer(editor);
		ICompletionProposal fix = waitFor("the fix '" + label + "'", Duration.ofSeconds(30), () -> Arrays
				.stream(proposals(viewer, caret)).filter(p -> p.getDisplayString().equals(label)).findFirst().orElse(null));
		fix.apply(document(editor));
		assertEquals(expected, document(editor).get());
		waitFor("the finding to go", Duration.ofSeconds(10), () -> proposals(viewer, caret).length == 0
				|| Arrays.stream(proposals(viewer, caret)).noneMatch(p -> p.getDisplayString().equals(label)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixes")
	void everyFixHasAProposalListAtItsCaret(String name, String withCaret, String label, String expected) throws Exception {
		if (!name.startsWith("a misspelt")) {
			return; // one picture of the Ctrl+1 list is enough
		}
		int caret = withCaret.indexOf('|');
		IProject project = project("quickfix-popup", Map.of("library.svc", LIBRARY, "cafe.svc", withCaret.replace("|", "")));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		ISourceViewer viewer = viewer(editor);
		List<String> labels = waitFor("quick fixes", Duration.ofSeconds(30), () -> {
			List<String> shown = Arrays.stream(proposals(viewer, caret)).map(ICompletionProposal::getDisplayString).toList();
			return shown.isEmpty() ? null : shown;
		});
		assertTrue(labels.contains("Change to 'counter'"), labels.toString());
		editor.selectAndReveal(caret, 0);
		viewer.getTextOperationTarget().doOperation(ISourceViewer.QUICK_ASSIST);
		Workbench.screenshot("quick-fix-popup");
	}

	/** Issue 21, point 3: Ctrl+1 on a problem without a fix says so instead of showing nothing. */
	@org.junit.jupiter.api.Test
	void aProblemWithoutFixSaysSo() throws Exception {
		String withCaret = "service Cafe {\n\tzzz|qqq\n}\n";
		int caret = withCaret.indexOf('|');
		IProject project = project("quickfix-none", Map.of("library.svc", LIBRARY, "cafe.svc", withCaret.replace("|", "")));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		ISourceViewer viewer = viewer(editor);
		List<String> labels = waitFor("the answer to Ctrl+1", Duration.ofSeconds(30), () -> {
			List<String> shown = Arrays.stream(proposals(viewer, caret)).map(ICompletionProposal::getDisplayString).toList();
			return shown.isEmpty() ? null : shown;
		});
		assertEquals(List.of("No quick fixes for this problem"), labels);
		String before = document(editor).get();
		proposals(viewer, caret)[0].apply(document(editor));
		assertEquals(before, document(editor).get(), "choosing it changes nothing");
	}

	private static ICompletionProposal[] proposals(ISourceViewer viewer, int offset) {
		IQuickAssistInvocationContext context = new TextInvocationContext(viewer, offset, 0);
		ICompletionProposal[] proposals = new SvcQuickAssistProcessor().computeQuickAssistProposals(context);
		return proposals == null ? new ICompletionProposal[0] : proposals;
	}
}
