package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.ui.tests.Keyboard.RETURN;
import static org.svcworkbench.svc.ui.tests.Keyboard.TAB;
import static org.svcworkbench.svc.ui.tests.Workbench.document;
import static org.svcworkbench.svc.ui.tests.Workbench.open;
import static org.svcworkbench.svc.ui.tests.Workbench.project;
import static org.svcworkbench.svc.ui.tests.Workbench.screenshot;
import static org.svcworkbench.svc.ui.tests.Workbench.viewer;
import static org.svcworkbench.svc.ui.tests.Workbench.waitFor;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * A designer types a whole service into an empty file, key by key at a fast typist's pace, with
 * Return, auto-closed brackets and quotes, a template and its fields, and completion where names
 * go: the document ends up exactly as typed (plus the indentation and closing brackets the editor
 * adds), with no proposal accepted that was not asked for.
 */
class TypingTest extends WorkbenchTest {

	@Test
	void aWholeServiceTypedKeyByKeyIsExactlyWhatWasTyped() throws Exception {
		ITextEditor editor = open(project("typed", Map.of("bakery.svc", "")).getFile("bakery.svc"));
		StyledText widget = viewer(editor).getTextWidget();
		IDocument document = document(editor);
		Keyboard keys = new Keyboard(widget, Keyboard.PACE);

		keys.type("channel counter \"Counter\"" + RETURN);
		keys.type("role baker \"Baker\"" + RETURN);
		keys.type("service bakery \"Bakery\" {" + RETURN);
		keys.type("description \"Bread at dawn\"" + RETURN);
		keys.type("blueprint morning {" + RETURN);
		assertEquals("""
				channel counter "Counter"
				role baker "Baker"
				service bakery "Bakery" {
					description "Bread at dawn"
					blueprint morning {
				\t\t
					}
				}""", document.get(), "Return inside braces indents the new line and puts the closing brace on its own line");

		// the step template: its fields are typed over, Tab goes from one to the next and then past the end
		keys.type("step").contentAssist();
		waitFor("the step template to be proposed", Duration.ofSeconds(30), () -> popupShows("step - blueprint step"),
				() -> "the popup shows " + Popups.proposals() + " and the text is " + document.get());
		screenshot("typing-step-template-proposed");
		while (!selectedProposal().equals("step - blueprint step")) {
			keys.down();
		}
		keys.type("" + RETURN);
		keys.type("knead" + TAB + "Knead the dough" + TAB + "backstage" + TAB + "Mix flour, water and salt" + TAB + "20 min" + TAB);
		keys.type(RETURN + "step shape \"Shape loaves\" backstage by ");
		waitFor("the roles to be proposed after 'by'", Duration.ofSeconds(30), () -> popupShows("baker — Baker (role)"),
				() -> "the popup shows " + Popups.proposals());
		screenshot("typing-roles-proposed-after-by");
		keys.type("baker" + RETURN);
		keys.type("flow knead -> shape");
		keys.pause(Duration.ofMillis(500));

		assertEquals("""
				channel counter "Counter"
				role baker "Baker"
				service bakery "Bakery" {
					description "Bread at dawn"
					blueprint morning {
						step knead "Knead the dough" backstage {
							description "Mix flour, water and salt"
							takes 20 min
						}
						step shape "Shape loaves" backstage by baker
						flow knead -> shape
					}
				}""", document.get());
		screenshot("typing-whole-service");
	}

	@Test
	void keysTypedWhileTheProposalsAreStillComingGoToTheText() throws Exception {
		ITextEditor editor = open(project("late", Map.of("bakery.svc", "")).getFile("bakery.svc"));
		IDocument document = document(editor);
		Keyboard keys = new Keyboard(viewer(editor).getTextWidget(), Keyboard.PACE);
		LateProposals.answerAfter(Duration.ofMillis(1500));
		try {
			// each space starts a session for names, whose popup waits on the late answer
			keys.type("role baker \"Baker\"" + RETURN);
			keys.type("service bakery {" + RETURN);
			keys.type("blueprint morning {" + RETURN + "step knead \"Knead\" backstage");
		} finally {
			LateProposals.answerAfter(Duration.ZERO);
		}
		keys.pause(Duration.ofMillis(2000)); // the last session's late answer comes and finds nothing to offer
		assertEquals("""
				role baker "Baker"
				service bakery {
					blueprint morning {
						step knead "Knead" backstage
					}
				}""", document.get(), "no Return or letter typed before the proposals came is lost");
		assertTrue(Popups.proposals().isEmpty(), "no popup is left: " + Popups.proposals());
	}

	@Test
	void completionAnswersForTheTextAsItIsNow() throws Exception {
		ITextEditor editor = open(project("current", Map.of("t.svc", "")).getFile("t.svc"));
		Keyboard keys = new Keyboard(viewer(editor).getTextWidget(), Keyboard.PACE);
		keys.type("ser");
		assertTrue(Popups.proposals().isEmpty(), "no popup while typing a word: " + Popups.proposals());
		keys.pause(Duration.ofMillis(500)).contentAssist();
		String first = waitFor("proposals for 'ser'", Duration.ofSeconds(30), () -> Popups.proposals().isEmpty() ? null : Popups.proposals().get(0));
		assertTrue(first.startsWith("service"), "the first proposal for 'ser' is " + first + " of " + Popups.proposals());
		assertTrue(Popups.proposals().stream().allMatch(p -> p.startsWith("service")), Popups.proposals().toString());
	}

	@Test
	void aClosingBraceLinesUpWithItsBlockAndLineNumbersShow() throws Exception {
		String text = "service cafe {\n\tplace {\n\t\tchannels counter\n\t\t";
		ITextEditor editor = open(project("closing", Map.of("cafe.svc", text)).getFile("cafe.svc"));
		StyledText widget = viewer(editor).getTextWidget();
		widget.setCaretOffset(text.length());
		new Keyboard(widget, Keyboard.PACE).type("}" + RETURN + "}");
		assertEquals("service cafe {\n\tplace {\n\t\tchannels counter\n\t}\n}", document(editor).get());

		var ruler = (org.eclipse.jface.text.source.CompositeRuler) editor.getAdapter(org.eclipse.jface.text.source.IVerticalRulerInfo.class);
		java.util.List<String> columns = new java.util.ArrayList<>();
		ruler.getDecoratorIterator().forEachRemaining(column -> columns.add(column.getClass().getSimpleName()));
		assertTrue(columns.stream().anyMatch(column -> column.startsWith("LineNumber")), "the editor shows line numbers: " + columns);
	}

	private static boolean popupShows(String proposal) {
		return Popups.proposals().contains(proposal);
	}

	private static String selectedProposal() {
		return Popups.selected();
	}
}
