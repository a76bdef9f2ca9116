package org.svcworkbench.svc.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/** File > New > SVC Service Model: a .svc file with a service skeleton named after the file, opened in the editor. */
public class NewSvcFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New SVC Service Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				String text = Skeletons.service(Skeletons.nameFor(getFileName()));
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("SVC Service Model");
		page.setDescription("A .svc file describing one service, in the folder whose files it shares names with.");
		page.setFileExtension("svc");
		page.setFileName("service.svc");
		addPage(page);
	}

	/** The page, for tests that fill it in as a user would. */
	public WizardNewFileCreationPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			SvcUiLog.error("Could not open " + file.getFullPath(), e);
		}
		return true;
	}
}
