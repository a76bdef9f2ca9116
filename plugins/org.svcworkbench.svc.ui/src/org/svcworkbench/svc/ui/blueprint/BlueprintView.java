package org.svcworkbench.svc.ui.blueprint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.ui.SvcUiPlugin;
import org.svcworkbench.svc.ui.generate.GenerationSettings;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * The Service Blueprint view: the blueprint of the service under the cursor in the active .svc
 * editor, from the saved file (redrawn on save), drawn by the diagram bundle and rasterised from
 * its SVG — the very picture `svc generate` writes. Zoom in and out (toolbar, Ctrl+wheel), fit to
 * the view or back to 100%, export as SVG or PNG, and a double-click on a step selects its name in
 * the editor.
 */
public class BlueprintView extends ViewPart {

	public static final String ID = "org.svcworkbench.svc.ui.blueprintView";
	private static final double[] ZOOMS = { 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3 };
	private static final double MIN_SCALE = 0.1;
	private static final double MAX_SCALE = 3;

	private Label title;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private Image image;
	private double scale = 1;
	private BlueprintAtCaret shown;
	private IFile file;
	private int offset;
	private ITextEditor editor;
	private Job drawing;

	private final ISelectionListener selections = (part, selection) -> follow(part, selection);
	private final IResourceChangeListener saves = this::saved;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		titleData.widthHint = 100; // wrapped to the view's width, not widening the view to the text's
		title.setLayoutData(titleData);
		setTitleText("Put the cursor in a service with a blueprint, in a .svc editor.");
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> reveal(e.x / scale, e.y / scale));
		scroller.setContent(canvas);
		// Ctrl+wheel zooms (around nothing in particular: the picture is redrawn at the new scale)
		Listener wheel = e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && e.count != 0) {
				e.doit = false;
				zoom(e.count > 0 ? +1 : -1);
			}
		};
		canvas.addListener(SWT.MouseVerticalWheel, wheel);
		scroller.addListener(SWT.MouseVerticalWheel, wheel);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		getSite().getPage().addPostSelectionListener(selections);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saves, IResourceChangeEvent.POST_CHANGE);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			follow(active, active.getSite().getSelectionProvider() == null ? null : active.getSite().getSelectionProvider().getSelection());
		}
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(action("Zoom In (Ctrl+Wheel Up)", own("icons/zoom-in.png"), () -> zoom(+1)));
		toolbar.add(action("Zoom Out (Ctrl+Wheel Down)", own("icons/zoom-out.png"), () -> zoom(-1)));
		toolbar.add(action("Fit to View", own("icons/zoom-fit.png"), this::fit));
		toolbar.add(action("Actual Size (100%)", own("icons/zoom-actual.png"), () -> scaleTo(1)));
		toolbar.add(action("Export as SVG or PNG...",
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT), this::export));
	}

	private static ImageDescriptor own(String path) {
		return ResourceLocator.imageDescriptorFromBundle(SvcUiPlugin.ID, path).orElse(null);
	}

	private static Action action(String text, ImageDescriptor image, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text);
		action.setImageDescriptor(image);
		return action;
	}

	/** The caret moved or another editor became active: draw what is under it. */
	private void follow(IWorkbenchPart part, Object selection) {
		if (part instanceof ITextEditor text && text.getEditorInput() instanceof IFileEditorInput input
				&& "svc".equals(input.getFile().getFileExtension())) {
			editor = text;
			int at = selection instanceof ITextSelection s ? s.getOffset() : 0;
			IFile next = input.getFile();
			if (!next.equals(file) || shown == null || !shown.covers(at)) {
				file = next;
				offset = at;
				redraw();
			}
			offset = at;
		}
	}

	private void saved(IResourceChangeEvent event) {
		IFile current = file;
		if (current == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta folder = event.getDelta().findMember(current.getParent().getFullPath());
		if (folder != null) {
			canvas.getDisplay().asyncExec(this::redraw);
		}
	}

	/** Draws the blueprint for the current file and offset in the background. */
	public void redraw() {
		if (file == null || canvas.isDisposed()) {
			return;
		}
		IFile target = file;
		int at = offset;
		double scale = this.scale;
		DiagramLanguage language = DiagramLanguage.of(GenerationSettings.of(target.getProject()).language());
		if (drawing != null) {
			drawing.cancel();
		}
		drawing = Job.create("Drawing the service blueprint", (IProgressMonitor monitor) -> {
			try {
				BlueprintAtCaret picture = BlueprintAtCaret.of(target, at, language);
				byte[] png = picture == null ? null : new PngRenderer().render(picture.scene(), scale);
				if (!monitor.isCanceled() && !canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> show(picture, png));
				}
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				SvcUiLog.warning("Could not draw the blueprint of " + target.getFullPath(), e);
				return Status.OK_STATUS;
			}
		});
		drawing.setSystem(true);
		drawing.schedule();
	}

	private void show(BlueprintAtCaret picture, byte[] png) {
		if (canvas.isDisposed()) {
			return;
		}
		shown = picture;
		if (image != null) {
			image.dispose();
			image = null;
		}
		if (picture == null) {
			setTitleText(file.getName() + ": no service with a blueprint here.");
			setTitleToolTip("Service Blueprint");
			canvas.setSize(0, 0);
			canvas.redraw();
			return;
		}
		image = new Image(canvas.getDisplay(), new ImageData(new ByteArrayInputStream(png)));
		setTitleText(picture.serviceLabel() + " · " + picture.blueprintLabel() + " (" + Math.round(scale * 100) + "%)");
		title.setToolTipText("Service " + picture.service() + ", blueprint " + picture.blueprint() + " in " + file.getFullPath());
		setTitleToolTip("Service Blueprint: " + picture.serviceLabel() + " · " + picture.blueprintLabel());
		canvas.setSize(image.getBounds().width, image.getBounds().height);
		canvas.redraw();
	}

	/** The line above the picture; laid out again, since a longer text may wrap onto more lines. */
	private void setTitleText(String text) {
		title.setText(text);
		title.getParent().layout(true);
	}

	/** What is shown, for tests and exports. */
	public BlueprintAtCaret shown() {
		return shown;
	}

	public String titleText() {
		return title.getText();
	}

	/** The line above the picture, for tests. */
	public Label titleLabel() {
		return title;
	}

	public Canvas canvas() {
		return canvas;
	}

	public Image image() {
		return image;
	}

	/** One step of the zoom scale up (+1) or down (-1) from the present scale. */
	public void zoom(int steps) {
		double next = scale;
		for (int i = 0; i < Math.abs(steps); i++) {
			next = steps > 0 ? stepAbove(next) : stepBelow(next);
		}
		scaleTo(next);
	}

	private static double stepAbove(double scale) {
		for (double step : ZOOMS) {
			if (step > scale + 1e-9) {
				return step;
			}
		}
		return MAX_SCALE;
	}

	private static double stepBelow(double scale) {
		for (int i = ZOOMS.length - 1; i >= 0; i--) {
			if (ZOOMS[i] < scale - 1e-9) {
				return ZOOMS[i];
			}
		}
		return Math.min(scale, ZOOMS[0]);
	}

	/** The whole picture in the view, as large as fits. */
	public void fit() {
		if (shown == null) {
			return;
		}
		Rectangle room = scroller.getClientArea();
		double fits = Math.min(room.width / shown.scene().width(), room.height / shown.scene().height());
		scaleTo(fits);
	}

	public void scaleTo(double wanted) {
		double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, wanted));
		if (Math.abs(next - scale) > 1e-9) {
			scale = next;
			redraw();
		}
	}

	public double scale() {
		return scale;
	}

	/** Selects the name of the step at a point of the picture (in diagram units) in the editor. */
	public boolean reveal(double x, double y) {
		if (shown == null || editor == null) {
			return false;
		}
		String step = shown.stepAt(x, y);
		int[] range = step == null ? null : shown.steps().get(step);
		if (range == null) {
			return false;
		}
		getSite().getPage().activate(editor);
		editor.selectAndReveal(range[0], range[1]);
		return true;
	}

	private void export() {
		if (shown == null) {
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setText(exportTitle());
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFilterNames(new String[] { "SVG picture", "PNG picture (2x)" });
		dialog.setFileName(shown.service() + "-" + shown.blueprint() + ".svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				export(Path.of(chosen));
			} catch (IOException e) {
				SvcUiLog.error("Could not export the blueprint to " + chosen, e);
			}
		}
	}

	/** The export dialog's title: what is exported. */
	public String exportTitle() {
		return shown == null ? "Export the blueprint" : "Export the blueprint " + shown.serviceLabel() + " · " + shown.blueprintLabel();
	}

	/** Writes what is shown as SVG, or as PNG at twice its size when the name ends in .png; atomically. */
	public void export(Path target) throws IOException {
		byte[] bytes = target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
				? new PngRenderer().render(shown.scene(), PngRenderer.DEFAULT_SCALE)
				: shown.svg().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(target, bytes);
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selections);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saves);
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}
}
