package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.builder.SvcMarkers;
import org.svcworkbench.svc.ui.builder.SvcNature;
import org.svcworkbench.svc.ui.wizards.NewSvcFileWizard;
import org.svcworkbench.svc.ui.wizards.NewSvcProjectWizard;

/** The New wizards: a service file from the template, a project with the examples. */
class SvcWizardsTest extends WorkbenchTest {

	@Test
	void newFileWizardWritesAServiceNamedAfterTheFileAndOpensIt() throws Exception {
		IProject project = Workbench.project("new-file", java.util.Map.of());
		NewSvcFileWizard wizard = new NewSvcFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().setFileName("点单服务");
		Workbench.screenshot("new-file-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile("点单服务.svc");
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("service 点单服务 \"点单服务\" {\n\tdescription \"what the service offers, to whom\"\n\tproduct {\n"
				+ "\t\tcore \"what the customer comes for\"\n\t}\n"), text);
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		assertEquals("点单服务.svc", editor.getEditorInput().getName());
		// the skeleton is valid: once the server has read it (its outline is there), no errors
		String uri = org.svcworkbench.svc.ui.lsp.SvcLanguageServer.uri(file.getLocation());
		var symbols = org.svcworkbench.svc.ui.lsp.SvcLanguageServer.await(org.svcworkbench.svc.ui.lsp.SvcLanguageServer.get().server()
				.documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(new org.eclipse.lsp4j.TextDocumentIdentifier(uri))));
		assertEquals("点单服务", symbols.get(0).getRight().getName());
		var findings = org.svcworkbench.svc.ui.lsp.SvcLanguageServer.get().diagnostics()
				.of(org.svcworkbench.svc.ui.lsp.SvcLanguageServer.uri(file.getLocation()));
		assertTrue(findings.stream().noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error
				|| d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Warning), "a new file starts without errors or warnings: " + findings);
	}

	@Test
	void newProjectWizardCreatesAnSvcProjectWithTheExamples() throws Exception {
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject("Service Models");
		if (existing.exists()) {
			existing.delete(true, true, new NullProgressMonitor());
		}
		NewSvcProjectWizard wizard = new NewSvcProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		// type the name as a user would: the first text field of the page
		SvcRenameTest.find(dialog.getShell(), org.eclipse.swt.widgets.Text.class, t -> true).setText("Service Models");
		Workbench.settle(Duration.ofMillis(200));
		Workbench.screenshot("new-project-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Service Models");
		assertTrue(project.hasNature(SvcNature.ID));
		for (String file : List.of("cafe/cafe.svc", "car-repair/after-sales.svc", "car-repair/library.svc", "hotel/meetings.svc",
				"hotel/shared.svc", "hotel/stay.svc")) {
			assertTrue(project.getFile(file).exists(), file);
			assertEquals("UTF-8", project.getFile(file).getCharset());
		}
		SvcBuilderTest.waitForBuilds();
		List<IMarker> errors = Arrays.stream(project.findMarkers(SvcMarkers.TYPE, true, IResource.DEPTH_INFINITE))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		assertEquals(List.of(), errors, "the examples are valid models");
		// the builder checks the project: a broken name in the café gets its marker
		IFile cafe = project.getFile("cafe/cafe.svc");
		String text = new String(cafe.getContents().readAllBytes(), StandardCharsets.UTF_8);
		Workbench.write(cafe, text.replaceFirst("channel counter \"Counter\"", "channel counter \"Counter\"\nchannel counter"));
		SvcBuilderTest.waitForBuilds();
		assertEquals(List.of("cafe.svc"), SvcBuilderTest.errors(cafe).stream().map(m -> m.getResource().getName()).distinct().toList());
	}
}
