package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.ui.blueprint.BlueprintAtCaret;
import org.svcworkbench.svc.ui.blueprint.BlueprintView;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.ui.builder.LoadedModels;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;

/** The Service Blueprint view follows the cursor, redraws on save, zooms, exports and leads back to the text. */
class SvcBlueprintViewTest extends WorkbenchTest {

	private static final String CAFE = """
			role barista "Barista"
			service Cafe "Corner café" {
				blueprint order "点单 Ordering" {
					step ask "Ask for a coffee" customer
					step take "Take the order" onstage by barista
					step brew "Brew" backstage {
						takes 3 min
					}
					flow ask -> take -> brew
				}
			}
			""";

	@Test
	void redrawingUsesTheLoadedModelUntilAFileOfItsFolderChanges() throws Exception {
		IProject project = Workbench.project("loaded-models", Map.of("cafe.svc", CAFE));
		Path folder = project.getLocation().toPath();
		var loaded = LoadedModels.of(folder);
		assertSame(loaded, LoadedModels.of(folder), "the same folder model while its files are as they were");
		Thread.sleep(20);
		Workbench.write(project.getFile("cafe.svc"), CAFE.replace("Take the order", "Take the order politely"));
		var reloaded = LoadedModels.of(folder);
		assertNotSame(loaded, reloaded, "a saved change is read");
		assertTrue(BlueprintAtCaret.of(project.getFile("cafe.svc"), CAFE.indexOf("step take"), org.svcworkbench.svc.diagram.DiagramLanguage.EN)
				.svg().contains("Take the order politely"));
	}

	/**
	 * A build hands the views the folders it checked once it is done with them, and holds no more of
	 * them meanwhile than the views keep: holding all ran the workbench out of memory on 10,000 services.
	 */
	@Test
	void aBuildHandsTheViewsOnlyTheLastFoldersItChecked(@TempDir Path dir) throws Exception {
		List<Object> loaded = new ArrayList<>();
		LoadedModels.Pending pending = new LoadedModels.Pending();
		for (int i = 0; i < 12; i++) {
			Path folder = Files.createDirectories(dir.resolve("folder" + i));
			Files.writeString(folder.resolve("cafe.svc"), CAFE.replace("Cafe", "Cafe" + i));
			var one = SvcLanguage.session().loader().load(folder, SvcFolders.filesOf(folder));
			loaded.add(one);
			pending.add(one);
			assertTrue(pending.size() <= 8, "the build holds " + pending.size() + " folders");
		}
		pending.keep();
		for (int i = 11; i >= 0; i--) { // the kept ones first: a folder read again is kept, and pushes out the oldest
			var handedOut = LoadedModels.of(dir.resolve("folder" + i));
			if (i < 4) {
				assertNotSame(loaded.get(i), handedOut, "folder" + i + " was let go and is read again");
			} else {
				assertSame(loaded.get(i), handedOut, "folder" + i + " is the build's model");
			}
		}
	}

	@Test
	void itsHintWrapsInANarrowViewInsteadOfBeingCutOff() throws Exception {
		Workbench.page().closeAllEditors(false);
		var open = Workbench.page().findView(BlueprintView.ID);
		if (open != null) {
			Workbench.page().hideView(open); // a view opened by another test shows what it last drew
		}
		BlueprintView view = (BlueprintView) Workbench.page().showView(BlueprintView.ID);
		org.eclipse.swt.widgets.Label title = view.titleLabel();
		assertTrue(title.getText().startsWith("Put the cursor in a service"), title.getText());
		org.eclipse.swt.widgets.Composite parent = title.getParent();
		Workbench.waitFor("the view laid out", Duration.ofSeconds(10), () -> title.getBounds().width > 0);
		parent.setSize(180, 400);
		parent.layout(true);
		org.eclipse.swt.graphics.Rectangle bounds = title.getBounds();
		int oneLine = title.computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT).y;
		assertTrue(bounds.x + bounds.width <= parent.getClientArea().width, "the hint stays inside the view: " + bounds);
		assertTrue(bounds.height >= title.computeSize(bounds.width, org.eclipse.swt.SWT.DEFAULT).y && bounds.height > oneLine,
				"the hint is on more than one line, all of it shown: " + bounds + ", one line " + oneLine);
	}

	@Test
	void showsTheBlueprintUnderTheCursorAndLeadsBackToTheText(@TempDir Path folder) throws Exception {
		IProject project = Workbench.project("blueprint-view", Map.of("cafe.svc", CAFE));
		ITextEditor editor = Workbench.open(project.getFile("cafe.svc"));
		editor.selectAndReveal(CAFE.indexOf("step take"), 0);
		BlueprintView view = (BlueprintView) Workbench.page().showView(BlueprintView.ID);
		Workbench.page().activate(editor);
		BlueprintAtCaret shown = Workbench.waitFor("the blueprint", Duration.ofSeconds(30), view::shown);
		assertEquals("Corner café · 点单 Ordering (100%)", view.titleText(), "the service's and the blueprint's labels");
		assertEquals("Service Blueprint: Corner café · 点单 Ordering", view.getTitleToolTip());
		assertEquals("Export the blueprint Corner café · 点单 Ordering", view.exportTitle());
		assertEquals(java.util.Set.of("ask", "take", "brew"), shown.steps().keySet());
		assertTrue(shown.svg().contains("Take the order") && shown.svg().contains("点单 Ordering"), "the picture of the SVG output");
		int width = view.image().getBounds().width;
		assertEquals(Math.round(shown.scene().width()), width, 1.0, "100% is the diagram's own size");
		Workbench.screenshot("blueprint-view");

		// a double-click on a step selects its name in the editor
		Shape.Box brew = box(shown, "step-brew");
		assertTrue(view.reveal(brew.bounds().centerX(), brew.bounds().centerY()));
		assertEquals("brew", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());

		// the toolbar: zoom in and out, fit, actual size, export; its own icons, not "add" and "collapse all"
		java.util.List<String> tools = new java.util.ArrayList<>();
		for (var item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof org.eclipse.jface.action.ActionContributionItem contribution) {
				var action = contribution.getAction();
				tools.add(action.getText());
				var shared = org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages();
				assertTrue(!action.getImageDescriptor().equals(shared.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_OBJ_ADD))
						&& !action.getImageDescriptor().equals(shared.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ELCL_COLLAPSEALL)),
						action.getText() + " has an icon of its own");
			}
		}
		assertEquals(java.util.List.of("Zoom In (Ctrl+Wheel Up)", "Zoom Out (Ctrl+Wheel Down)", "Fit to View", "Actual Size (100%)",
				"Export as SVG or PNG..."), tools);

		// zoom in: the picture grows
		view.zoom(+1);
		Workbench.waitFor("the zoomed picture", Duration.ofSeconds(30), () -> view.image() != null && view.image().getBounds().width > width);
		assertEquals("Corner café · 点单 Ordering (125%)", view.titleText());

		// Ctrl+wheel: one notch up zooms in a step
		org.eclipse.swt.widgets.Control canvas = view.canvas();
		org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
		wheel.stateMask = org.eclipse.swt.SWT.MOD1;
		wheel.count = 3;
		canvas.notifyListeners(org.eclipse.swt.SWT.MouseVerticalWheel, wheel);
		assertEquals(1.5, view.scale(), 1e-9);
		assertTrue(!wheel.doit, "the wheel zooms instead of scrolling");
		wheel = new org.eclipse.swt.widgets.Event();
		wheel.count = -3;
		canvas.notifyListeners(org.eclipse.swt.SWT.MouseVerticalWheel, wheel);
		assertEquals(1.5, view.scale(), 1e-9, "the wheel without Ctrl scrolls");

		// fit: the whole picture in the view
		view.fit();
		var room = ((org.eclipse.swt.custom.ScrolledComposite) view.canvas().getParent()).getClientArea();
		Workbench.waitFor("the picture fitted to the view: as large as fits", Duration.ofSeconds(30), () -> {
			var picture = view.image() == null ? null : view.image().getBounds();
			return picture != null && picture.width <= room.width + 1 && picture.height <= room.height + 1
					&& (picture.width >= room.width - 2 || picture.height >= room.height - 2);
		}, () -> view.image().getBounds() + " in " + room);
		Workbench.screenshot("blueprint-view-fitted");
		view.scaleTo(1);

		// a save redraws it
		Workbench.write(project.getFile("cafe.svc"), CAFE.replace("flow ask", "step pay \"Pay\" customer\n\t\tflow ask"));
		Workbench.waitFor("the new step", Duration.ofSeconds(30), () -> view.shown() != null && view.shown().steps().containsKey("pay"),
				() -> view.titleText());

		// export as SVG and PNG (into a folder the test removes)
		view.export(folder.resolve("order.svg"));
		view.export(folder.resolve("order.png"));
		assertTrue(Files.readString(folder.resolve("order.svg")).startsWith("<?xml"));
		byte[] png = Files.readAllBytes(folder.resolve("order.png"));
		assertEquals((byte) 0x89, png[0]);
		assertEquals('P', png[1]);
	}

	private static Shape.Box box(BlueprintAtCaret shown, String id) {
		for (Shape shape : shown.scene().shapes()) {
			if (shape instanceof Shape.Group group && group.id().equals(id)) {
				for (Shape part : group.children()) {
					if (part instanceof Shape.Box box) {
						return box;
					}
				}
			}
		}
		throw new AssertionError("no box " + id);
	}
}
