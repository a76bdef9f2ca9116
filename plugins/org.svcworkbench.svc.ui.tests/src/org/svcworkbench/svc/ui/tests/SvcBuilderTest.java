package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcworkbench.svc.ui.tests.Workbench.project;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.builder.SvcBuilder;
import org.svcworkbench.svc.ui.builder.SvcMarkers;
import org.svcworkbench.svc.ui.builder.SvcNature;

/** The SVC builder keeps the Problems view right for the saved .svc files of a project. */
class SvcBuilderTest extends WorkbenchTest {

	private static final String LIBRARY = "channel counter \"Counter\"\n";
	private static final String CAFE = "service Cafe {\n\tplace {\n\t\tchannels shopp\n\t}\n}\n";

	@Test
	void addSvcNatureCommandConfiguresTheBuilder() throws Exception {
		IProject project = project("nature", Map.of("cafe.svc", CAFE));
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
		ParameterizedCommand command = PlatformUI.getWorkbench().getService(ICommandService.class)
				.deserialize("org.svcworkbench.svc.ui.addNature");
		handlers.executeCommandInContext(command, null, context);
		assertTrue(project.hasNature(SvcNature.ID));
		assertTrue(Arrays.stream(project.getDescription().getBuildSpec()).anyMatch(c -> c.getBuilderName().equals(SvcBuilder.ID)));
		waitForBuilds();
		assertEquals(1, errors(project.getFile("cafe.svc")).size(), "the first build checks the files already there");
	}

	@Test
	void markersCarryMessagePositionAndCodeAndFollowSiblings() throws Exception {
		IProject project = svcProject("markers", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE));
		IFile cafe = project.getFile("cafe.svc");
		List<IMarker> errors = errors(cafe);
		assertEquals(1, errors.size(), errors.toString());
		IMarker marker = errors.get(0);
		assertEquals("Unknown channel 'shopp': declare it with 'channel shopp' in a .svc file of this folder, or fix the spelling.",
				marker.getAttribute(IMarker.MESSAGE));
		assertEquals(3, marker.getAttribute(IMarker.LINE_NUMBER));
		assertEquals(CAFE.indexOf("shopp"), marker.getAttribute(IMarker.CHAR_START));
		assertEquals(CAFE.indexOf("shopp") + 5, marker.getAttribute(IMarker.CHAR_END));
		assertEquals("svc.unknown-reference", marker.getAttribute(SvcMarkers.CODE));
		assertEquals(0, errors(project.getFile("library.svc")).size());

		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
		Workbench.screenshot("problems-view");

		// the sibling declares the channel: the untouched file is checked again and its error goes
		Workbench.write(project.getFile("library.svc"), LIBRARY + "channel shopp\n");
		waitForBuilds();
		assertEquals(List.of(), errors(cafe));

		// and comes back when the declaration goes
		Workbench.write(project.getFile("library.svc"), LIBRARY);
		waitForBuilds();
		assertEquals(1, errors(cafe).size());

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, new NullProgressMonitor());
		assertEquals(0, project.findMarkers(SvcMarkers.TYPE, true, IResource.DEPTH_INFINITE).length, "clean removes every marker");
	}

	@Test
	void problemsViewQuickFixRepairsTheSavedFile() throws Exception {
		String misspelt = CAFE.replace("shopp", "countre");
		IProject project = svcProject("marker-fix", Map.of("library.svc", LIBRARY, "cafe.svc", misspelt));
		IFile cafe = project.getFile("cafe.svc");
		IMarker marker = errors(cafe).get(0);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.contains("Change to 'counter'"), labels.toString());
		Arrays.stream(resolutions).filter(r -> r.getLabel().equals("Change to 'counter'")).findFirst().orElseThrow().run(marker);
		assertEquals(CAFE.replace("shopp", "counter"), new String(cafe.getContents().readAllBytes(), StandardCharsets.UTF_8));
		waitForBuilds();
		assertEquals(List.of(), errors(cafe));
	}

	@Test
	void theEditorUnderlinesEachProblemOnce() throws Exception {
		IProject project = svcProject("once", Map.of("library.svc", LIBRARY, "cafe.svc", CAFE));
		ITextEditor editor = Workbench.open(project.getFile("cafe.svc"));
		IAnnotationModel model = Workbench.viewer(editor).getAnnotationModel();
		Workbench.waitFor("the live error annotation", java.time.Duration.ofSeconds(30), () -> types(model).contains("org.eclipse.ui.workbench.texteditor.error"));
		List<String> types = types(model);
		assertEquals(1, types.stream().filter(t -> t.equals("org.eclipse.ui.workbench.texteditor.error")).count(), types.toString());
		assertTrue(types.contains("org.svcworkbench.svc.ui.savedProblem"), "the marker is in the model but not drawn: " + types);
	}

	private static List<String> types(IAnnotationModel model) {
		List<String> types = new java.util.ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			types.add(it.next().getType());
		}
		return types;
	}

	private static IProject svcProject(String name, Map<String, String> files) throws CoreException {
		IProject project = project(name, files);
		SvcNature.addTo(project, new NullProgressMonitor());
		waitForBuilds();
		// The auto-build may have checked a file before its sibling was written, and joining the build
		// family returns at once when the next build is not scheduled yet: build once with all files there.
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		waitForBuilds();
		return project;
	}

	static void waitForBuilds() {
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Workbench.settle(java.time.Duration.ofMillis(50));
	}

	static List<IMarker> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(SvcMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}
}
