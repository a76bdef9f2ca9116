package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.svcworkbench.svc.ui.tests.Workbench.document;
import static org.svcworkbench.svc.ui.tests.Workbench.open;
import static org.svcworkbench.svc.ui.tests.Workbench.project;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.search.ReferenceLine;

/** Find References lists every use of a name, in every file of the folder, in the Search view. */
class SvcFindReferencesTest extends WorkbenchTest {

	private static final String LIBRARY = "channel counter \"Counter\"\nchannel app\n";
	private static final String CAFE = "service Cafe {\n\tplace {\n\t\tchannels counter, app\n\t}\n}\n";
	private static final String KIOSK = "service Kiosk {\n\tplace {\n\t\tchannels counter\n\t}\n}\n";

	@Test
	void referencesOfAChannelAcrossFilesInTheSearchView() throws Exception {
		IProject project = project("references", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE, "kiosk.svc", KIOSK));
		ITextEditor editor = open(project.getFile("library.svc"));
		Workbench.waitFor("the editor's document in the server", Duration.ofSeconds(30), () -> SvcDocument.of(document(editor)));
		editor.selectAndReveal(LIBRARY.indexOf("counter") + 1, 0);
		List<String> lines = Workbench.waitFor("the references in the Search view", Duration.ofSeconds(30), () -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.genericeditor.findReferences", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			Workbench.settle(Duration.ofMillis(500));
			List<String> found = shown();
			return found.size() == 2 ? found : null;
		});
		assertEquals(List.of("cafe.svc:3: channels counter, app", "kiosk.svc:3: channels counter"), lines);
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		assertEquals("'counter' - 2 references in the workspace", ((AbstractTextSearchViewPage) view.getActivePage()).getInput().getLabel());
		Workbench.screenshot("find-references");
	}

	private static List<String> shown() {
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		if (view == null || !(view.getActivePage() instanceof AbstractTextSearchViewPage page)
				|| !(page.getInput() instanceof AbstractTextSearchResult result)) {
			return List.of();
		}
		return java.util.Arrays.stream(result.getElements()).map(ReferenceLine.class::cast)
				.map(line -> line.file().getName() + ":" + line.line() + ": " + line.text()).sorted().toList();
	}
}
