package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests do as a user would: make projects, open editors, wait for the UI, take pictures. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The window over the whole screen (Xvfb has no window manager to maximize it), for the screenshots. */
	static void fillScreen() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
	}

	/** A fresh project holding the given files (path → text). */
	static IProject project(String name, Map<String, String> files) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		for (Map.Entry<String, String> file : files.entrySet()) {
			write(project.getFile(file.getKey()), file.getValue());
		}
		return project;
	}

	static void write(IFile file, String text) throws CoreException {
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.FORCE, new NullProgressMonitor());
		} else {
			createFolders(file.getParent());
			file.create(content, IResource.FORCE, new NullProgressMonitor());
		}
	}

	private static void createFolders(org.eclipse.core.resources.IContainer container) throws CoreException {
		if (!container.exists() && container instanceof org.eclipse.core.resources.IFolder folder) {
			createFolders(folder.getParent());
			folder.create(true, true, new NullProgressMonitor());
		}
	}

	static ITextEditor open(IFile file) throws CoreException {
		return (ITextEditor) IDE.openEditor(page(), file);
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Runs the event loop until the probe answers (non-null, not false), or fails after the timeout. */
	static <T> T waitFor(String what, Duration timeout, Supplier<T> probe) {
		return waitFor(what, timeout, probe, () -> "");
	}

	/** As waitFor, and on failure says what the user would see instead (the situation). */
	static <T> T waitFor(String what, Duration timeout, Supplier<T> probe, Supplier<String> situation) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			T answer = probe.get();
			if (answer != null && !Boolean.FALSE.equals(answer)) {
				return answer;
			}
			if (!display.readAndDispatch()) {
				sleep(20);
			}
		}
		T last = probe.get();
		if (last == null || Boolean.FALSE.equals(last)) {
			screenshot("waited-for-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
			fail("Waited " + timeout.toMillis() + " ms for " + what + ". " + situation.get());
		}
		return last;
	}

	/** Lets the UI catch up for a while (paint, layout) without waiting for anything in particular. */
	static void settle(Duration time) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + time.toNanos();
		while (System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	/** Saves a picture of the whole screen under target/screenshots/NAME.png. */
	static Path screenshot(String name) {
		settle(Duration.ofMillis(300));
		Display display = Display.getCurrent();
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			Path folder = Path.of(System.getProperty("svc.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
