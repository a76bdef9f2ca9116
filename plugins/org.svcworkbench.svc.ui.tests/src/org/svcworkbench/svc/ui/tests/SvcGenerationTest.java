package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.generator.run.Format;
import org.svcworkbench.svc.load.FolderLock;
import org.svcworkbench.svc.ui.builder.SvcMarkers;
import org.svcworkbench.svc.ui.builder.SvcNature;
import org.svcworkbench.svc.ui.generate.GenerationSettings;

/** Saving .svc files of an SVC project writes its documentation, as the project's settings say. */
class SvcGenerationTest extends WorkbenchTest {

	private static final String CAFE = "channel counter \"柜台 Counter\"\nservice Cafe \"Corner café\" {\n\tplace {\n\t\tchannels counter\n\t}\n"
			+ "\tblueprint order {\n\t\tstep ask customer\n\t\tstep brew backstage\n\t\tflow ask -> brew\n\t}\n}\n";

	@Test
	void savingWritesTheDocumentationIntoSvcGenMarkedDerived() throws Exception {
		IProject project = svcProject("generated", Map.of("cafe/cafe.svc", CAFE));
		IFile index = project.getFile("svc-gen/index.html");
		assertTrue(index.exists(), "svc-gen/index.html");
		assertTrue(project.getFile("svc-gen/Cafe/index.html").exists());
		assertTrue(project.getFile("svc-gen/README.md").exists());
		assertTrue(index.isDerived() && project.getFolder("svc-gen").isDerived(), "generated files are derived");
		assertTrue(text(index).contains("<html lang=\"en\""), "English by default");
		assertTrue(text(project.getFile("svc-gen/Cafe/index.html")).contains("Corner café"));
		// a double-click opens the report in a web browser (internal, or the system's), not as text
		var editor = org.eclipse.ui.ide.IDE.getDefaultEditor(index);
		assertEquals("org.eclipse.ui.browser.editorSupport", editor == null ? null : editor.getId());

		// a save changes the documentation
		Workbench.write(project.getFile("cafe/cafe.svc"), CAFE.replace("Corner café", "Station café"));
		SvcBuilderTest.waitForBuilds();
		assertTrue(text(project.getFile("svc-gen/Cafe/index.html")).contains("Station café"));
	}

	@Test
	void aSaveDocumentsOnlyItsFolderAndRemovesWhatIsNoLongerDocumented() throws Exception {
		String hotel = CAFE.replace("Cafe", "Hotel").replace("Corner café", "Harbour hotel").replace("counter", "desk");
		IProject project = svcProject("incremental", Map.of("cafe/cafe.svc", CAFE, "hotel/hotel.svc", hotel));
		Path docs = project.getFolder("svc-gen").getLocation().toPath();
		Files.writeString(docs.resolve("Hotel/notes.txt"), "the designer's own notes");
		long hotelPage = Files.getLastModifiedTime(docs.resolve("Hotel/index.html")).toMillis();
		Thread.sleep(20); // modification times of rewritten files differ

		// a save of one folder's file documents that folder (and the index) only, with markers from the same check
		Workbench.write(project.getFile("cafe/cafe.svc"), CAFE.replace("Corner café", "Station café").replace("channels counter", "channels countre"));
		SvcBuilderTest.waitForBuilds();
		assertEquals(hotelPage, Files.getLastModifiedTime(docs.resolve("Hotel/index.html")).toMillis(), "the other folder's page is left as it was");
		assertFalse(Files.exists(docs.resolve("Cafe/index.html")), "a service with errors has no documentation, as in a run from scratch");
		assertFalse(project.getFile("svc-gen/Cafe/index.html").exists(), "nor does the workspace show any");
		assertInSync(project);
		assertEquals(List.of("Unknown channel 'countre': did you mean 'counter'?"), errors(project.getFile("cafe/cafe.svc")),
				"the changed folder's error is a marker");
		Workbench.write(project.getFile("cafe/cafe.svc"), CAFE.replace("Corner café", "Station café"));
		SvcBuilderTest.waitForBuilds();
		assertEquals(List.of(), errors(project.getFile("cafe/cafe.svc")));
		assertTrue(text(project.getFile("svc-gen/Cafe/index.html")).contains("Station café"));
		assertEquals(hotelPage, Files.getLastModifiedTime(docs.resolve("Hotel/index.html")).toMillis());
		assertInSync(project);

		// a removed service's files go; a file the tool did not write stays
		project.getFile("hotel/hotel.svc").delete(true, null);
		SvcBuilderTest.waitForBuilds();
		assertFalse(Files.exists(docs.resolve("Hotel/index.html")), "the removed service's page is gone");
		assertFalse(project.getFile("svc-gen/Hotel/index.html").exists(), "and gone from the workspace");
		assertTrue(Files.exists(docs.resolve("Hotel/notes.txt")), "the designer's file stays");
		assertFalse(text(project.getFile("svc-gen/index.html")).contains("Harbour hotel"), "and the index no longer lists it");
	}

	@Test
	void projectSettingsChooseFolderLanguageAndFormats() throws Exception {
		IProject project = Workbench.project("settings", Map.of("cafe/cafe.svc", CAFE));
		IEclipsePreferences settings = new ProjectScope(project).getNode(GenerationSettings.NODE);
		settings.putBoolean(GenerationSettings.PROJECT_SPECIFIC, true);
		settings.put(GenerationSettings.FOLDER, "docs/中文");
		settings.put(GenerationSettings.LANGUAGE, "zh");
		for (Format format : Format.values()) {
			settings.putBoolean(GenerationSettings.formatKey(format), format == Format.HTML || format == Format.PNG);
		}
		settings.flush();
		SvcNature.addTo(project, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		assertTrue(text(project.getFile("docs/中文/index.html")).contains("<html lang=\"zh-CN\""));
		assertFalse(project.getFile("docs/中文/README.md").exists(), "Markdown was not asked for");
		assertFalse(project.getFolder("svc-gen").exists());
		IResource[] pictures = project.getFolder("docs/中文/Cafe").members();
		assertTrue(Arrays.stream(pictures).anyMatch(r -> r.getName().endsWith(".png")), Arrays.toString(pictures));

		PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				project, "org.svcworkbench.svc.ui.properties", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.screenshot("project-properties");
		dialog.close();
	}

	@Test
	void switchedOffOrPointedOutsideTheProjectNothingIsWritten() throws Exception {
		IProject project = Workbench.project("no-docs", Map.of("cafe/cafe.svc", CAFE));
		IEclipsePreferences settings = new ProjectScope(project).getNode(GenerationSettings.NODE);
		settings.putBoolean(GenerationSettings.PROJECT_SPECIFIC, true);
		settings.putBoolean(GenerationSettings.ENABLED, false);
		settings.flush();
		SvcNature.addTo(project, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		assertFalse(project.getFolder("svc-gen").exists(), "generation is off");

		settings.putBoolean(GenerationSettings.ENABLED, true);
		settings.put(GenerationSettings.FOLDER, "../outside");
		settings.flush();
		Workbench.write(project.getFile("cafe/cafe.svc"), CAFE + "\n");
		SvcBuilderTest.waitForBuilds();
		Path outside = project.getLocation().toPath().getParent().resolve("outside");
		assertFalse(Files.exists(outside), "nothing is written outside the project");
		List<String> problems = Arrays.stream(project.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertEquals(List.of("The documentation folder must stay inside the project: '../outside' leaves it: change it in Project > Properties > SVC."),
				problems);
	}

	@Test
	void aBuildCountsTheFilesItDocumentsAndStopsWhenCancelledLeavingOnlyWholeFiles() throws Exception {
		Map<String, String> files = new TreeMap<>();
		for (int i = 0; i < 24; i++) {
			files.put(String.format("f%02d/cafe.svc", i), CAFE.replace("service Cafe", "service Cafe" + i));
		}
		IProject project = svcProject("cancelled", files);
		Path docs = project.getFolder("svc-gen").getLocation().toPath();
		assertTrue(Files.exists(docs.resolve("Cafe23/index.html")), "the first build documents every folder");

		// A full build from an empty documentation folder, which the user cancels once it is under way.
		project.getFolder("svc-gen").delete(true, null);
		project.getFolder("svc-gen").create(true, true, null); // the workspace knows the folder, not what the cancelled build writes in it
		SvcBuilderTest.waitForBuilds();
		List<String> shown = new ArrayList<>();
		IProgressMonitor cancelling = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				shown.add(name);
				if (name.equals("12 of 24 .svc files checked")) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> project.build(IncrementalProjectBuilder.FULL_BUILD, cancelling));
		assertEquals("1 of 24 .svc files checked", shown.stream().filter(t -> t.endsWith(" .svc files checked")).findFirst().orElse(null),
				shown.toString());
		List<Path> written;
		try (var walk = Files.walk(docs)) {
			written = walk.filter(Files::isRegularFile).toList();
		}
		long pages = written.stream().filter(f -> f.getFileName().toString().equals("index.html") && !f.getParent().equals(docs)).count();
		assertTrue(pages < 24, "stopped before the end: " + pages + " service pages");
		assertFalse(Files.exists(docs.resolve(".svc-manifest.json")), "no manifest claims a run that did not finish");
		assertTrue(Files.exists(docs.resolve(".svc-journal.jsonl")), "its journal lists the folders it finished");
		String journal = Files.readString(docs.resolve(".svc-journal.jsonl"));
		// Only whole files, and model.json so far, in the twin the journal names: the next build takes the finished folders' entries from it.
		assertTrue(written.stream().map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".tmp"))
				.allMatch(name -> name.startsWith(".model.json.") && journal.contains("{\"json\":\"" + name + "\"}")), "only whole files: " + written);
		var firstPage = Files.getLastModifiedTime(docs.resolve("Cafe0/index.html"));

		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		assertTrue(Files.exists(docs.resolve(".svc-manifest.json")) && !Files.exists(docs.resolve(".svc-journal.jsonl")));
		try (var walk = Files.walk(docs)) {
			assertEquals(List.of(), walk.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(), "nothing of the cancelled build is left over");
		}
		assertEquals(firstPage, Files.getLastModifiedTime(docs.resolve("Cafe0/index.html")),
				"the next build takes what the cancelled one finished as it is");
		for (int i = 0; i < 24; i++) {
			assertTrue(Files.exists(docs.resolve("Cafe" + i + "/index.html")), "the next build documents what the cancelled one did not: Cafe" + i);
		}
		assertTrue(project.getFile("svc-gen/Cafe0/index.html").exists() && project.getFolder("svc-gen").isSynchronized(IResource.DEPTH_INFINITE),
				"the workspace shows what the cancelled build wrote too");
		assertEquals(0, project.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "no problem on the project");
	}

	/** Another run writing the documentation folder (the command line, Maven): the build waits, says so, and can be cancelled meanwhile. */
	@Test
	void aBuildWaitsForAnotherRunWritingTheDocumentationFolder() throws Exception {
		IProject project = svcProject("waiting", Map.of("cafe/cafe.svc", CAFE));
		Path docs = project.getFolder("svc-gen").getLocation().toPath();
		Files.delete(docs.resolve("Cafe/index.html"));
		List<String> shown = new ArrayList<>();
		IProgressMonitor cancelling = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				shown.add(name);
				setCanceled(name.startsWith("Waiting for "));
			}
		};
		try (FolderLock other = FolderLock.acquire(docs, holder -> {
		})) {
			assertThrows(OperationCanceledException.class, () -> project.build(IncrementalProjectBuilder.FULL_BUILD, cancelling));
			assertEquals(List.of("Waiting for another run in this process writing into waiting/svc-gen to end"),
					shown.stream().filter(t -> t.startsWith("Waiting")).toList(), shown.toString());

			java.util.concurrent.CompletableFuture<Void> build = java.util.concurrent.CompletableFuture.runAsync(() -> {
				try {
					project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
				} catch (org.eclipse.core.runtime.CoreException e) {
					throw new IllegalStateException(e);
				}
			});
			Thread.sleep(500);
			assertFalse(build.isDone(), "the build waits while the other run writes");
			assertFalse(Files.exists(docs.resolve("Cafe/index.html")));
			other.close();
			build.get(1, java.util.concurrent.TimeUnit.MINUTES);
		}
		assertTrue(Files.exists(docs.resolve("Cafe/index.html")), "then documents");
		assertFalse(Files.exists(docs.resolve(FolderLock.FILE)));
		assertEquals(0, project.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "no problem on the project");
	}

	@Test
	void glyphsTheDiagramsFontLacksAreAWarningOnTheProjectWhileTheirDiagramsAreThere() throws Exception {
		// Old Hungarian: no CJK or Latin font draws it, so the diagrams show boxes.
		String runes = CAFE.replace("step ask customer", "step ask \"Ask 𐲀𐲁\" customer");
		IProject project = svcProject("glyphs", Map.of("cafe/cafe.svc", runes, "hotel/hotel.svc", CAFE.replace("service Cafe", "service Hotel")));
		List<String> warnings = warnings(project);
		assertEquals(1, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).startsWith("The font ") && warnings.get(0).contains(" has no glyphs for '𐲀𐲁': they show as boxes in the diagrams."
				+ " Install a font that covers them (on Debian: apt-get install fonts-noto-cjk)."), warnings.get(0));

		// Another folder is documented again: the café's diagrams still have their boxes, the warning stays.
		Workbench.write(project.getFile("hotel/hotel.svc"), CAFE.replace("service Cafe", "service Hotel").replace("Corner café", "Harbour hotel"));
		SvcBuilderTest.waitForBuilds();
		assertEquals(warnings, warnings(project));

		// The café drawn without them: the warning goes.
		Workbench.write(project.getFile("cafe/cafe.svc"), CAFE);
		SvcBuilderTest.waitForBuilds();
		assertEquals(List.of(), warnings(project));
	}

	private static List<String> warnings(IProject project) throws Exception {
		return Arrays.stream(project.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	@Test
	void aFileInTheWayOfTheDocumentationFolderIsNamedWithWhatToDo() throws Exception {
		IProject project = Workbench.project("in-the-way", Map.of("cafe/cafe.svc", CAFE, "notes", "the designer's notes, not a folder"));
		IEclipsePreferences settings = new ProjectScope(project).getNode(GenerationSettings.NODE);
		settings.putBoolean(GenerationSettings.PROJECT_SPECIFIC, true);
		settings.put(GenerationSettings.FOLDER, "notes");
		settings.flush();
		SvcNature.addTo(project, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		List<String> problems = Arrays.stream(project.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertEquals(List.of("The documentation could not be written into 'notes': " + project.getFile("notes").getLocation().toOSString()
				+ ": a file of that name is in the way. Move it out of the way, or choose another folder in Project > Properties > SVC."), problems);
		assertEquals("the designer's notes, not a folder", text(project.getFile("notes")), "the file in the way is left as it was");
	}

	@Test
	void preferencePageShowsTheWorkspaceSettings() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				"org.svcworkbench.svc.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(dialog.getSelectedPage() instanceof org.svcworkbench.svc.ui.generate.SvcPreferencePage, String.valueOf(dialog.getSelectedPage()));
		Workbench.screenshot("preferences");
		dialog.close();
	}

	@Test
	void changingTheLanguageInThePreferencesDocumentsAgainAtOnce() throws Exception {
		IProject project = svcProject("relanguaged", Map.of("cafe/cafe.svc", CAFE));
		IFile index = project.getFile("svc-gen/index.html");
		assertTrue(text(index).contains("<html lang=\"en\""), "English first");
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				"org.svcworkbench.svc.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			press(button(dialog.getShell(), "中文"));
			press(button(dialog.getShell(), "Apply and Close"));
			Workbench.waitFor("the documentation in Chinese, without a save", java.time.Duration.ofSeconds(60), () -> {
				try {
					return index.exists() && text(index).contains("<html lang=\"zh-CN\"");
				} catch (Exception e) {
					return false;
				}
			}, () -> "the project's settings say " + GenerationSettings.of(project));
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
			org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(GenerationSettings.NODE).remove(GenerationSettings.LANGUAGE);
		}
	}

	private static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite parent, String text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(text)) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** A click: radio buttons are selected first, as the platform does. */
	private static void press(org.eclipse.swt.widgets.Button button) {
		assertTrue(button != null, "the button is there");
		if ((button.getStyle() & org.eclipse.swt.SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/**
	 * The workspace shows what the build wrote and removed (it looks again only at the services'
	 * folders a run touched and at the top level): the café's folder and the index pages.
	 */
	private static void assertInSync(IProject project) {
		assertTrue(project.getFolder("svc-gen/Cafe").isSynchronized(IResource.DEPTH_INFINITE), "svc-gen/Cafe in sync with the disk");
		assertTrue(project.getFolder("svc-gen").isSynchronized(IResource.DEPTH_ONE), "svc-gen's own files in sync with the disk");
	}

	private static IProject svcProject(String name, Map<String, String> files) throws Exception {
		IProject project = Workbench.project(name, files);
		SvcNature.addTo(project, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		return project;
	}

	/**
	 * A service that uses a channel only a file of its folder that does not parse (saved as GBK)
	 * declares is left out of the documentation; the Problems view says so on the service's own
	 * file, beside the other file's error, and no longer once that file is fixed.
	 */
	@Test
	void aServiceLeftOutBecauseItNeedsABrokenFileSaysSoOnItsOwnFile() throws Exception {
		String shop = "service Shop \"Shop\" {\n\tplace {\n\t\tchannels kiosk\n\t}\n}\n";
		String channel = "channel kiosk \"自助服务台\" {\n\tkind self-service\n}\n";
		IProject project = svcProject("needs", Map.of("shop/shop.svc", shop, "shop/kiosk.svc", channel));
		IFile page = project.getFile("svc-gen/Shop/index.html"), kiosk = project.getFile("shop/kiosk.svc");
		assertTrue(page.exists(), "documented while the channel's file reads");
		kiosk.setContents(new java.io.ByteArrayInputStream(channel.getBytes(java.nio.charset.Charset.forName("GBK"))), IResource.FORCE,
				new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		assertEquals(List.of("Service 'Shop' is not documented: it uses a name that only kiosk.svc would declare, and that file has errors"
				+ " (line 1). Fix that file."), leftOut(project.getFile("shop/shop.svc")));
		assertTrue(errors(kiosk).size() == 1 && errors(kiosk).get(0).startsWith("Saved as GBK (GB2312), not UTF-8"), errors(kiosk).toString());
		assertFalse(page.exists(), "no pages without its channel");

		Workbench.write(kiosk, channel);
		SvcBuilderTest.waitForBuilds();
		assertEquals(List.of(), leftOut(project.getFile("shop/shop.svc")));
		assertTrue(page.exists(), "documented again");
	}

	private static List<String> leftOut(IFile file) throws Exception {
		return Arrays.stream(file.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "svc.documentation.needs-broken-file".equals(m.getAttribute(SvcMarkers.CODE, ""))
						&& m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING)
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	private static List<String> errors(IFile file) throws Exception {
		return Arrays.stream(file.findMarkers(SvcMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	private static String text(IFile file) throws Exception {
		return new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
	}
}
