package org.svcworkbench.svc.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.osgi.framework.Bundle;
import org.svcworkbench.svc.ui.SvcUiPlugin;
import org.svcworkbench.svc.ui.builder.SvcNature;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * File > New > SVC Project: a project with the SVC nature (its .svc files are checked on every
 * build), holding by default the shipped example models: a café, a car repair shop's after-sales
 * service (Chinese) and a bilingual hotel, one folder each.
 */
public class NewSvcProjectWizard extends Wizard implements INewWizard {

	/** The example folders shipped in this bundle under examples/. */
	public static final List<String> EXAMPLES = List.of("cafe", "car-repair", "hotel");

	private ProjectPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("New SVC Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ProjectPage();
		addPage(page);
	}

	/** The page, for tests that fill it in as a user would. */
	public ProjectPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IPath location = page.useDefaults() ? null : page.getLocationPath();
		boolean examples = page.withExamples();
		IWorkspaceRunnable create = monitor -> create(project, location, examples, monitor);
		try {
			getContainer().run(true, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().run(create, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Could not create the project: " + e.getCause().getMessage());
			SvcUiLog.error("Could not create SVC project " + project.getName(), e.getCause());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static void create(IProject project, IPath location, boolean examples, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3);
		var description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocation(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		if (examples) {
			copyExamples(project);
		}
		SvcNature.addTo(project, progress.split(1));
	}

	private static void copyExamples(IProject project) throws CoreException {
		Bundle bundle = Platform.getBundle(SvcUiPlugin.ID);
		for (String example : EXAMPLES) {
			Enumeration<URL> files = bundle.findEntries("examples/" + example, "*.svc", false);
			List<URL> sorted = files == null ? List.of() : new ArrayList<>(Collections.list(files));
			for (URL url : sorted) {
				String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
				IFolder folder = project.getFolder(example);
				if (!folder.exists()) {
					folder.create(IResource.FORCE, true, null);
				}
				IFile file = folder.getFile(name);
				try (InputStream in = url.openStream()) {
					file.create(in, IResource.FORCE, null);
				} catch (IOException e) {
					throw new CoreException(org.eclipse.core.runtime.Status.error("Could not copy the example " + example + "/" + name, e));
				}
				file.setCharset("UTF-8", null);
			}
		}
	}

	/** Name and location of the project, and whether the examples come with it. */
	public static final class ProjectPage extends WizardNewProjectCreationPage {

		private Button examples;

		ProjectPage() {
			super("project");
			setTitle("SVC Project");
			setDescription("A project for service models; its .svc files are checked on every build.");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite control = (Composite) getControl();
			examples = new Button(control, SWT.CHECK);
			examples.setText("Add the example models (café, car repair after-sales, hotel)");
			examples.setSelection(true);
		}

		public boolean withExamples() {
			return examples == null || examples.getSelection();
		}

		public void setWithExamples(boolean with) {
			examples.setSelection(with);
		}

	}
}
