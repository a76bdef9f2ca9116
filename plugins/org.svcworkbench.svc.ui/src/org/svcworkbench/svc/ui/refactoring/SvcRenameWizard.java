package org.svcworkbench.svc.ui.refactoring;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Rename dialog: the new name, then Preview shows each file's changes. */
public class SvcRenameWizard extends RefactoringWizard {

	public SvcRenameWizard(SvcRenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle("Rename");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((SvcRenameRefactoring) getRefactoring()));
	}

	/** The page where the new name is typed. */
	public static final class NamePage extends UserInputWizardPage {

		private final SvcRenameRefactoring refactoring;
		private Text name;

		NamePage(SvcRenameRefactoring refactoring) {
			super("NamePage");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("New name:");
			name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.oldName() == null ? "" : refactoring.oldName());
			name.selectAll();
			name.addModifyListener(e -> update());
			setControl(composite);
			update();
		}

		/** Types a name as the user would (also used by tests). */
		public void setName(String text) {
			name.setText(text);
		}

		private void update() {
			String text = name.getText().strip();
			refactoring.setNewName(text);
			boolean changed = !text.isEmpty() && !text.equals(refactoring.oldName());
			setPageComplete(changed);
			setErrorMessage(text.isEmpty() ? "Type the new name." : null);
		}
	}
}
