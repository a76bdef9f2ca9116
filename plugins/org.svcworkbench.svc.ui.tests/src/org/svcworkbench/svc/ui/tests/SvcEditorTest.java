package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.ui.tests.Workbench.document;
import static org.svcworkbench.svc.ui.tests.Workbench.open;
import static org.svcworkbench.svc.ui.tests.Workbench.page;
import static org.svcworkbench.svc.ui.tests.Workbench.project;
import static org.svcworkbench.svc.ui.tests.Workbench.screenshot;
import static org.svcworkbench.svc.ui.tests.Workbench.viewer;
import static org.svcworkbench.svc.ui.tests.Workbench.waitFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.editor.ProblemAnnotation;
import org.svcworkbench.svc.ui.editor.SvcContentAssistProcessor;
import org.svcworkbench.svc.ui.editor.SvcHyperlinkDetector;
import org.svcworkbench.svc.ui.editor.SvcTextHover;

/** The .svc editor as a user meets it, in a real workbench window. */
class SvcEditorTest extends WorkbenchTest {

	private static final Duration SERVER = Duration.ofSeconds(30);

	private static final String LIBRARY = """
			// Channels and roles the café's services share.
			channel counter "Counter" {
				description "The order and pick-up counter by the door"
			}
			channel 微信 "WeChat 小程序"
			channel 外卖 "Delivery"
			role barista "Barista"
			""";

	@Test
	void svcFilesOpenInTheGenericEditorAsUtf8() throws Exception {
		IProject project = project("opening", Map.of("cafe.svc", "channel counter \"柜台\"\n"));
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("any.svc");
		assertEquals("org.svcworkbench.svc.ui.source", type.getId());
		IFile file = project.getFile("cafe.svc");
		assertEquals("UTF-8", file.getCharset());
		ITextEditor editor = open(file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		assertEquals("channel counter \"柜台\"\n", document(editor).get());
		assertNotNull(editor.getTitleImage());
	}

	@Test
	void problemsShowWhileTypingAndGoWhenFixed() throws Exception {
		String text = "service Cafe \"Corner café\" {\n\tplace {\n\t\tchannels shopp\n\t}\n}\n";
		IProject project = project("problems", Map.of("library.svc", LIBRARY, "cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		ISourceViewer viewer = viewer(editor);
		ProblemAnnotation unknown = waitFor("the unknown channel to be reported", SERVER,
				() -> problems(viewer).stream().filter(a -> a.getText().startsWith("Unknown channel 'shopp'")).findFirst().orElse(null));
		assertEquals("Unknown channel 'shopp': declare it with 'channel shopp' in a .svc file of this folder, or fix the spelling.",
				unknown.getText());
		assertEquals(ProblemAnnotation.ERROR, unknown.getType());
		assertEquals("svc.unknown-reference", unknown.code());
		org.eclipse.jface.text.Position at = viewer.getAnnotationModel().getPosition(unknown);
		assertEquals(text.indexOf("shopp"), at.getOffset());
		assertEquals(5, at.getLength());

		editor.selectAndReveal(text.indexOf("shopp") + 2, 0);
		// F2 (Show Tooltip Description): how a keyboard user reads the finding at the caret, once
		// the editor has caught up with the caret (its occurrences marked), as for a person
		Workbench.settle(Duration.ofSeconds(1));
		Shell window = editor.getSite().getShell();
		editor.getSite().getService(IHandlerService.class).executeCommand(ITextEditorActionDefinitionIds.SHOW_INFORMATION, null);
		Shell hover = waitFor("the finding's hover", SERVER, () -> Arrays.stream(window.getDisplay().getShells())
				.filter(shell -> shell != window && shell.isVisible()).findFirst().orElse(null));
		screenshot("editor-with-error-and-hover");
		assertTrue(hover.isVisible(), "the hover stays up while it is read");
		hover.close();

		IDocument document = document(editor);
		document.replace(text.indexOf("shopp"), 5, "counter");
		waitFor("the error to go once the channel is right", Duration.ofSeconds(10),
				() -> problems(viewer).stream().noneMatch(a -> a.getType().equals(ProblemAnnotation.ERROR)));
	}

	/**
	 * The editor's language server checks the open documents and only indexes the others: a closed
	 * file's findings are the builder's markers (a portfolio's files were all checked twice, and the
	 * first editor of 10,000 services waited more than five minutes for them).
	 */
	@Test
	void theServerChecksOpenDocumentsAndLeavesClosedFilesToTheBuilder() throws Exception {
		String text = "service Cafe \"Corner café\" {\n\tplace {\n\t\tchannels shopp\n\t}\n}\n";
		IProject project = project("open-only", Map.of("library.svc", LIBRARY, "cafe.svc", text, "closed.svc", text.replace("Cafe", "Kiosk")));
		org.svcworkbench.svc.ui.builder.SvcNature.addTo(project, new org.eclipse.core.runtime.NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		ITextEditor editor = open(project.getFile("cafe.svc"));
		waitFor("the open document's unknown channel", SERVER,
				() -> problems(viewer(editor)).stream().anyMatch(a -> a.getText().startsWith("Unknown channel 'shopp'")));
		String closed = org.svcworkbench.svc.ui.lsp.SvcLanguageServer.uri(project.getFile("closed.svc").getLocation());
		assertEquals(List.of(), org.svcworkbench.svc.ui.lsp.SvcLanguageServer.get().diagnostics().of(closed), "the server left the closed file alone");
		assertEquals(1, SvcBuilderTest.errors(project.getFile("closed.svc")).size(), "the builder's marker is there");
	}

	@Test
	void keywordsStringsNumbersAndCommentsAreColoured() throws Exception {
		String text = "// the café\nservice Cafe \"Corner café\" {\n\tprice {\n\t\tamount 4.50 EUR\n\t}\n}\n";
		IProject project = project("colours", Map.of("cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		StyledText widget = viewer(editor).getTextWidget();
		StyleRange keyword = widget.getStyleRangeAtOffset(text.indexOf("service") + 1);
		assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB());
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		assertEquals(new RGB(42, 0, 255), widget.getStyleRangeAtOffset(text.indexOf("Corner")).foreground.getRGB());
		assertEquals(new RGB(63, 127, 95), widget.getStyleRangeAtOffset(text.indexOf("café")).foreground.getRGB());
		assertEquals(new RGB(125, 80, 0), widget.getStyleRangeAtOffset(text.indexOf("4.50")).foreground.getRGB());

		// opening a comment far above recolours everything below it; closing it restores the colours
		IDocument document = document(editor);
		document.replace(text.indexOf("service"), 0, "/* ");
		waitFor("the text after '/*' to turn into a comment", Duration.ofSeconds(5),
				() -> new RGB(63, 127, 95).equals(foreground(widget, document.get().indexOf("amount"))));
		document.replace(document.get().indexOf("/* "), 3, "");
		waitFor("the keyword colour to come back", Duration.ofSeconds(5),
				() -> new RGB(127, 0, 85).equals(foreground(widget, document.get().indexOf("amount"))));
	}

	@Test
	void declaredNamesAreBoldAndReferencesColoured() throws Exception {
		StyledText widget = viewer(openCafe("semantic")).getTextWidget();
		int reference = USES_COUNTER.indexOf("counter") + 1;
		waitFor("the reference to be coloured", SERVER, () -> new RGB(0, 100, 120).equals(foreground(widget, reference)));
		StyleRange declaration = widget.getStyleRangeAtOffset(USES_COUNTER.indexOf("Cafe") + 1);
		assertEquals(SWT.BOLD, declaration.fontStyle & SWT.BOLD, "the service's name is a declaration");
		assertEquals(new RGB(127, 0, 85), foreground(widget, USES_COUNTER.indexOf("channels")), "keywords keep their colour");
	}

	@Test
	void contentAssistProposesNamesOfTheFolderInChinese() throws Exception {
		String text = "service Cafe {\n\tplace {\n\t\tchannels \n\t}\n}\n";
		IProject project = project("assist", Map.of("library.svc", LIBRARY, "cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		ISourceViewer viewer = viewer(editor);
		int caret = text.indexOf("channels ") + "channels ".length();
		List<String> proposals = waitFor("channel names to be proposed", SERVER, () -> {
			List<String> shown = displayed(new SvcContentAssistProcessor().computeCompletionProposals(viewer, caret));
			return shown.contains("微信 — WeChat 小程序 (channel)") ? shown : null;
		});
		assertTrue(proposals.containsAll(List.of("counter — Counter (channel)", "微信 — WeChat 小程序 (channel)", "外卖 — Delivery (channel)")), proposals.toString());
		assertTrue(proposals.stream().noneMatch(p -> p.startsWith("barista")), "a role is no channel: " + proposals);

		editor.selectAndReveal(caret, 0);
		viewer.getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		screenshot("completion-with-chinese-names");
		Workbench.settle(Duration.ofMillis(200));

		ICompletionProposal wechat = Arrays.stream(new SvcContentAssistProcessor().computeCompletionProposals(viewer, caret))
				.filter(p -> p.getDisplayString().startsWith("微信")).findFirst().orElseThrow();
		wechat.apply(document(editor));
		assertTrue(document(editor).get().contains("channels 微信\n"), document(editor).get());

		List<String> topLevel = displayed(new SvcContentAssistProcessor().computeCompletionProposals(viewer, 0));
		assertTrue(topLevel.containsAll(List.of("service", "channel", "role")), topLevel.toString());
	}

	@Test
	void templatesInsertSkeletonsWithLinkedFields() throws Exception {
		String text = "service Cafe {\n\tblueprint order {\n\t\t\n\t}\n}\n";
		int caret = text.indexOf("\t\t\n") + 2;
		IProject project = project("templates", Map.of("cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		ISourceViewer viewer = viewer(editor);
		ICompletionProposal step = waitFor("the step template", SERVER,
				() -> Arrays.stream(new SvcContentAssistProcessor().computeCompletionProposals(viewer, caret))
						.filter(p -> p.getDisplayString().equals("step - blueprint step")).findFirst().orElse(null));
		((ICompletionProposalExtension2) step).apply(viewer, (char) 0, 0, caret);
		String inserted = "step name \"label\" customer {\n\t\t\tdescription \"what happens\"\n\t\t\ttakes 2 min\n\t\t}";
		assertEquals(text.substring(0, caret) + inserted + text.substring(caret), document(editor).get());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("name", selection.getText(), "the first field is selected for typing");

		List<String> topLevel = displayed(new SvcContentAssistProcessor().computeCompletionProposals(viewer, 0));
		assertTrue(topLevel.contains("service - service skeleton"), topLevel.toString());
	}

	/** A café using the library's counter channel, open in an editor. */
	private static final String USES_COUNTER = "service Cafe {\n\tplace {\n\t\tchannels counter\n\t}\n}\n";

	private static ITextEditor openCafe(String projectName) throws Exception {
		return open(project(projectName, Map.of("library.svc", LIBRARY, "cafe.svc", USES_COUNTER)).getFile("cafe.svc"));
	}

	@Test
	void hoverShowsTheLabelKindAndDescription() throws Exception {
		ISourceViewer viewer = viewer(openCafe("hover"));
		int at = USES_COUNTER.indexOf("counter") + 3;
		Object info = waitFor("hover text", SERVER,
				() -> new SvcTextHover().getHoverInfo2(viewer, new SvcTextHover().getHoverRegion(viewer, at)));
		assertEquals("<p><b>Counter</b> · channel <tt>counter</tt></p><p>The order and pick-up counter by the door</p>", info);
	}

	@Test
	void declarationsOpenAcrossFiles() throws Exception {
		String text = USES_COUNTER;
		ISourceViewer viewer = viewer(openCafe("navigation"));
		int at = text.indexOf("counter") + 1;
		IHyperlink[] links = waitFor("a link on the reference", SERVER,
				() -> new SvcHyperlinkDetector().detectHyperlinks(viewer, new Region(at, 0), false));
		assertEquals(new Region(text.indexOf("counter"), 7), links[0].getHyperlinkRegion());
		links[0].open();
		IEditorPart active = page().getActiveEditor();
		assertEquals("library.svc", active.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) ((ITextEditor) active).getSelectionProvider().getSelection();
		assertEquals("counter", selection.getText());
		assertEquals(LIBRARY.indexOf("channel counter") + "channel ".length(), selection.getOffset());
	}

	@Test
	void outlineShowsTheServiceAndFollowsTheText() throws Exception {
		String text = "service Cafe \"Corner café\" {\n\tblueprint order {\n\t\tstep 点单 customer\n\t\tstep brew backstage\n\t\tflow 点单 -> brew\n\t}\n}\n";
		IProject project = project("outline", Map.of("cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		IViewPart view = page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		Tree tree = waitFor("the outline tree", SERVER, () -> {
			Tree t = outlineTree(view);
			return t != null && t.getItemCount() > 0 ? t : null;
		});
		List<String> labels = waitFor("the steps in the outline", SERVER, () -> {
			List<String> all = labels(tree.getItems());
			return all.contains("点单") ? all : null;
		});
		assertEquals(List.of("Cafe : Corner café", "order", "点单", "brew"), labels);
		screenshot("outline");

		// each kind has its icon: a service is no step
		TreeItem service = tree.getItem(0);
		TreeItem firstStep = service.getItem(0).getItem(0);
		assertNotNull(service.getImage());
		assertTrue(service.getImage() != firstStep.getImage() && service.getItem(0).getImage() != firstStep.getImage(),
				"service, blueprint and step icons differ");

		// link with editor: the caret in a step selects it in the outline
		editor.selectAndReveal(text.indexOf("brew backstage") + 1, 0);
		waitFor("the step under the caret selected in the outline", Duration.ofSeconds(10),
				() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getText().equals("brew"));

		document(editor).replace(text.indexOf("\t\tflow"), 0, "\t\tstep pay customer\n");
		waitFor("the new step in the outline", Duration.ofSeconds(10), () -> labels(outlineTree(view).getItems()).contains("pay"));

		// the toolbar: sort by name, link with editor, collapse all
		Map<String, org.eclipse.jface.action.IAction> actions = outlineActions((ContentOutline) view);
		assertEquals(List.of("Sort by Name", "Link with Editor", "Collapse All"), List.copyOf(actions.keySet()));
		screenshot("outline-toolbar");
		click(actions.get("Sort by Name"));
		assertEquals(List.of("Cafe : Corner café", "order", "brew", "pay", "点单"), labels(outlineTree(view).getItems()), "sorted by name");
		click(actions.get("Sort by Name"));
		assertEquals(List.of("Cafe : Corner café", "order", "点单", "brew", "pay"), labels(outlineTree(view).getItems()), "in the text's order");

		click(actions.get("Link with Editor"));
		outlineTree(view).deselectAll();
		editor.selectAndReveal(document(editor).get().indexOf("pay customer"), 0);
		Workbench.settle(Duration.ofMillis(800));
		assertEquals(0, outlineTree(view).getSelectionCount(), "not linked: the caret leaves the outline alone");
		click(actions.get("Link with Editor"));
		waitFor("linked again: the step under the caret selected", Duration.ofSeconds(10),
				() -> outlineTree(view).getSelectionCount() == 1 && outlineTree(view).getSelection()[0].getText().equals("pay"));

		actions.get("Collapse All").run();
		assertEquals(List.of("Cafe : Corner café"), showing(outlineTree(view).getItems()), "only the service is left showing");
	}

	/** The Outline toolbar's actions by label, in toolbar order. */
	private static Map<String, org.eclipse.jface.action.IAction> outlineActions(ContentOutline view) {
		Map<String, org.eclipse.jface.action.IAction> actions = new java.util.LinkedHashMap<>();
		// the view's toolbar holds every outline page's items; the current page's are the visible ones
		for (var item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item.isVisible() && item instanceof org.eclipse.jface.action.SubContributionItem sub
					&& sub.getInnerItem() instanceof org.eclipse.jface.action.ActionContributionItem contribution) {
				actions.put(contribution.getAction().getText(), contribution.getAction());
			}
		}
		return actions;
	}

	/** A toggle's button pressed: its state flips, then it runs. */
	private static void click(org.eclipse.jface.action.IAction toggle) {
		toggle.setChecked(!toggle.isChecked());
		toggle.run();
	}

	@Test
	void blocksFoldAsTheLanguageServerSays() throws Exception {
		String text = "// the café\nservice Cafe {\n\tplace {\n\t\tchannels counter\n\t}\n\tblueprint order {\n\t\tstep a customer\n\t}\n}\n";
		IProject project = project("folding", Map.of("cafe.svc", text));
		ITextEditor editor = open(project.getFile("cafe.svc"));
		org.eclipse.jface.text.source.projection.ProjectionViewer viewer = (org.eclipse.jface.text.source.projection.ProjectionViewer) viewer(editor);
		List<Integer> starts = waitFor("folding ranges of the blocks", SERVER, () -> {
			List<Integer> lines = new ArrayList<>();
			var model = viewer.getProjectionAnnotationModel();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				try {
					lines.add(document(editor).getLineOfOffset(model.getPosition(it.next()).getOffset()));
				} catch (org.eclipse.jface.text.BadLocationException e) {
					throw new IllegalStateException(e);
				}
			}
			java.util.Collections.sort(lines);
			return lines.containsAll(List.of(1, 2, 5)) ? lines : null;
		});
		assertTrue(starts.stream().allMatch(line -> List.of(1, 2, 5).contains(line)), "one fold per block: " + starts);
		// folding the service hides its block
		int before = viewer.getTextWidget().getLineCount();
		var model = viewer.getProjectionAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation fold = it.next();
			if (document(editor).getLineOfOffset(model.getPosition(fold).getOffset()) == 1) {
				model.collapse(fold);
			}
		}
		assertTrue(viewer.getTextWidget().getLineCount() <= before - 6, "the service's block is hidden: " + viewer.getTextWidget().getText());
	}

	@Test
	void formatCommandGivesTheCanonicalLayout() throws Exception {
		String messy = "channel   web \"Web\"{kind web}\nservice   Shop   \"Shop\" { description \"Repairs\"\n  industry repair\nproduct{core \"Repairs\"   guarantee \"90 days\"}\n}\n";
		String expected = "channel web \"Web\" {\n\tkind web\n}\nservice Shop \"Shop\" {\n\tdescription \"Repairs\"\n\tindustry repair\n\tproduct {\n\t\tcore \"Repairs\"\n\t\tguarantee \"90 days\"\n\t}\n}\n";
		IProject project = project("format", Map.of("shop.svc", messy));
		ITextEditor editor = open(project.getFile("shop.svc"));
		execute("org.svcworkbench.svc.ui.format");
		assertEquals(expected, document(editor).get());
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
		String text = "channel a\nchannel b\nchannel c\n";
		IProject project = project("comments", Map.of("c.svc", text));
		ITextEditor editor = open(project.getFile("c.svc"));
		editor.getSelectionProvider().setSelection(new TextSelection(2, text.indexOf("channel c") - 2));
		execute("org.svcworkbench.svc.ui.toggleComment");
		assertEquals("// channel a\n// channel b\nchannel c\n", document(editor).get());
		execute("org.svcworkbench.svc.ui.toggleComment");
		assertEquals(text, document(editor).get());
	}

	@Test
	void templatesAreTheDesignersToEditInThePreferences() throws Exception {
		var store = org.svcworkbench.svc.ui.templates.SvcUiTemplates.store();
		String context = org.svcworkbench.svc.ui.templates.SvcTemplateContextType.ID;
		org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.svcworkbench.svc.ui.preferences.templates", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSelectedPage() instanceof org.svcworkbench.svc.ui.templates.SvcTemplatePreferencePage, String.valueOf(dialog.getSelectedPage()));
			screenshot("templates-page");
		} finally {
			dialog.close();
		}
		assertEquals(List.of("service", "step", "touchpoint", "standard"),
				Arrays.stream(store.getTemplates(context)).map(org.eclipse.jface.text.templates.Template::getName).toList(), "the language's templates");

		// a template of the designer's own, and a built-in one switched off, as the page's New... and check box do
		var own = new org.eclipse.jface.text.templates.persistence.TemplatePersistenceData(new org.eclipse.jface.text.templates.Template(
				"cue", "evidence cue", context, "cue ${name} \"${label}\" kind ${kind:field('sign')}${cursor}", false), true);
		store.add(own);
		store.getTemplateData("org.svcworkbench.svc.ui.templates.step").setEnabled(false);
		store.save();
		try {
			String text = "service Cafe {\n\tevidence {\n\t\tcu\n\t}\n\tblueprint order {\n\t\tst\n\t}\n}\n";
			ITextEditor editor = open(project("own-templates", Map.of("cafe.svc", text)).getFile("cafe.svc"));
			ISourceViewer viewer = viewer(editor);
			int cue = text.indexOf("cu\n") + 2;
			ICompletionProposal proposal = waitFor("the designer's cue template", SERVER,
					() -> Arrays.stream(new SvcContentAssistProcessor().computeCompletionProposals(viewer, cue))
							.filter(p -> p.getDisplayString().equals("cue - evidence cue")).findFirst().orElse(null));
			int step = text.indexOf("st\n") + 2;
			assertTrue(displayed(new SvcContentAssistProcessor().computeCompletionProposals(viewer, step)).stream()
					.noneMatch(p -> p.startsWith("step - ")), "the switched-off step template is not offered");
			((ICompletionProposalExtension2) proposal).apply(viewer, (char) 0, 0, cue);
			assertTrue(document(editor).get().contains("\t\tcue name \"label\" kind sign\n"), document(editor).get());
		} finally {
			store.delete(own);
			store.restoreDefaults(false);
			store.save();
		}
		assertEquals(4, store.getTemplates(context).length);
	}

	@Test
	void theColouringPreferencePageRecoloursOpenEditors() throws Exception {
		String text = "service Cafe \"Corner café\" {\n}\n";
		ITextEditor editor = open(project("recoloured", Map.of("cafe.svc", text)).getFile("cafe.svc"));
		StyledText widget = viewer(editor).getTextWidget();
		org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.svcworkbench.svc.ui.preferences.colouring", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			var page = (org.svcworkbench.svc.ui.preferences.SyntaxColouringPage) dialog.getSelectedPage();
			String preview = org.svcworkbench.svc.ui.preferences.SyntaxColouringPage.PREVIEW;
			StyleRange sample = page.previewStyleAt(preview.indexOf("service") + 1);
			assertEquals(new RGB(127, 0, 85), sample.foreground.getRGB(), "the preview shows the keyword colour");
			assertEquals(SWT.BOLD, sample.fontStyle & SWT.BOLD);
			assertEquals(SWT.BOLD, page.previewStyleAt(preview.indexOf("barista") + 1).fontStyle & SWT.BOLD, "a declared name is bold");

			page.choose(org.svcworkbench.svc.ui.editor.SvcStyles.Kind.KEYWORD, new RGB(200, 30, 30), false);
			assertEquals(new RGB(200, 30, 30), page.previewStyleAt(preview.indexOf("service") + 1).foreground.getRGB(), "the preview follows");
			screenshot("syntax-colouring-page");
			assertTrue(page.performOk());
			dialog.close();
			waitFor("the open editor in the new keyword colour", Duration.ofSeconds(10),
					() -> new RGB(200, 30, 30).equals(foreground(widget, text.indexOf("service") + 1)));
			assertEquals(SWT.NORMAL, widget.getStyleRangeAtOffset(text.indexOf("service") + 1).fontStyle & SWT.BOLD, "not bold any more");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
			var preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.svcworkbench.svc.ui");
			for (var kind : org.svcworkbench.svc.ui.editor.SvcStyles.KINDS) {
				preferences.remove(kind.colourKey());
				preferences.remove(kind.boldKey());
				preferences.remove(kind.italicKey());
			}
		}
		waitFor("the default keyword colour back", Duration.ofSeconds(10),
				() -> new RGB(127, 0, 85).equals(foreground(widget, text.indexOf("service") + 1)));
	}

	@Test
	void occurrencesAreMarkedByMeaningNotByText() throws Exception {
		// "counter" is a channel, a touchpoint's name and a word in a description: only the channel's uses are its occurrences
		String text = "channel counter \"Counter\"\nservice cafe {\n\tdescription \"pay at the counter\"\n\tplace {\n\t\tchannels counter\n\t}\n"
				+ "\tjourney {\n\t\tstage during {\n\t\t\ttouchpoint pay {\n\t\t\t\tchannel counter\n\t\t\t}\n\t\t}\n\t}\n}\n";
		ITextEditor editor = open(project("occurrences", Map.of("cafe.svc", text)).getFile("cafe.svc"));
		int reference = text.indexOf("channels counter") + "channels co".length();
		editor.selectAndReveal(reference, 0);
		List<Integer> expected = List.of(text.indexOf("counter"), text.indexOf("channels counter") + 9, text.indexOf("channel counter\n\t\t\t") + 8);
		List<Integer> marked = waitFor("the channel's occurrences to be marked", SERVER, () -> {
			List<Integer> starts = occurrences(editor);
			return starts.size() == 3 ? starts : null;
		}, () -> "marked: " + occurrences(editor));
		assertEquals(expected, marked, "the declaration and both references, not the word in the description");
		screenshot("occurrences-by-meaning");

		editor.selectAndReveal(text.indexOf("description") + 2, 0);
		waitFor("no marks on a keyword", SERVER, () -> occurrences(editor).isEmpty());
	}

	private static List<Integer> occurrences(ITextEditor editor) {
		IAnnotationModel model = viewer(editor).getAnnotationModel();
		List<Integer> starts = new ArrayList<>();
		for (Iterator<Annotation> i = model.getAnnotationIterator(); i.hasNext();) {
			Annotation annotation = i.next();
			if (annotation.getType().equals("org.eclipse.ui.genericeditor.text")) {
				starts.add(model.getPosition(annotation).getOffset());
			}
		}
		starts.sort(null);
		return starts;
	}

	@Test
	void bracketsAndQuotesCloseThemselves() throws Exception {
		IProject project = project("typing", Map.of("t.svc", "channel web \n"));
		ITextEditor editor = open(project.getFile("t.svc"));
		StyledText widget = viewer(editor).getTextWidget();
		int end = "channel web ".length();
		widget.setCaretOffset(end);
		type(widget, '"');
		assertEquals("channel web \"\"\n", document(editor).get());
		type(widget, 'W');
		type(widget, '"');
		assertEquals("channel web \"W\"\n", document(editor).get(), "typing the closing quote steps over it");
		type(widget, ' ');
		type(widget, '{');
		assertEquals("channel web \"W\" {}\n", document(editor).get());
		type(widget, '「');
		assertEquals("channel web \"W\" {「」}\n", document(editor).get());

		// the brackets match: from after '{' to its '}', and the corner quotes
		String text = document(editor).get();
		org.eclipse.jface.text.IRegion braces = new org.svcworkbench.svc.ui.editor.SvcPairMatcher().match(document(editor), text.indexOf('{') + 1);
		assertEquals(new Region(text.indexOf('{'), text.indexOf('}') - text.indexOf('{') + 1), braces);
		org.eclipse.jface.text.IRegion quotes = new org.svcworkbench.svc.ui.editor.SvcPairMatcher().match(document(editor), text.indexOf('」') + 1);
		assertEquals(new Region(text.indexOf('「'), 2), quotes);
	}

	private static void type(StyledText widget, char c) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.character = c;
		event.keyCode = c;
		event.widget = widget;
		widget.setFocus();
		widget.notifyListeners(SWT.KeyDown, event);
		Workbench.settle(Duration.ofMillis(20));
	}

	private static void execute(String command) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
	}

	private static Tree outlineTree(IViewPart view) {
		if (view instanceof ContentOutline outline && outline.getCurrentPage() != null
				&& outline.getCurrentPage().getControl() instanceof Tree tree) {
			return tree;
		}
		return null;
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : items) {
			labels.add(item.getText());
			item.setExpanded(true);
			labels.addAll(labels(item.getItems()));
		}
		return labels;
	}

	/** The items a user sees: those under expanded items. */
	private static List<String> showing(TreeItem[] items) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : items) {
			labels.add(item.getText());
			if (item.getExpanded()) {
				labels.addAll(showing(item.getItems()));
			}
		}
		return labels;
	}

	private static RGB foreground(StyledText widget, int offset) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}

	private static List<String> displayed(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	static List<ProblemAnnotation> problems(ISourceViewer viewer) {
		List<ProblemAnnotation> result = new ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof ProblemAnnotation problem) {
					result.add(problem);
				}
			}
		}
		return result;
	}
}
