package org.svcworkbench.svc.ui.generate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Project > Properties > SVC: documentation settings of this project, instead of the workspace's. */
public class SvcPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {

	private org.eclipse.core.runtime.IAdaptable element;

	public SvcPropertyPage() {
		super(GRID);
		setDescription("Settings of this project's documentation on save; without project-specific settings the workspace's apply (Window > Preferences > SVC).");
	}

	@Override
	public org.eclipse.core.runtime.IAdaptable getElement() {
		return element;
	}

	@Override
	public void setElement(org.eclipse.core.runtime.IAdaptable element) {
		this.element = element;
		IProject project = Adapters.adapt(element, IProject.class);
		ScopedPreferenceStore store = new ScopedPreferenceStore(new ProjectScope(project), GenerationSettings.NODE);
		// until the project has settings of its own, the page starts from the workspace's
		if (!store.getBoolean(GenerationSettings.PROJECT_SPECIFIC)) {
			GenerationSettings workspace = GenerationSettings.of(project);
			store.setValue(GenerationSettings.ENABLED, workspace.enabled());
			store.setValue(GenerationSettings.FOLDER, workspace.folder());
			store.setValue(GenerationSettings.LANGUAGE, workspace.language());
			for (var format : org.svcworkbench.svc.generator.run.Format.values()) {
				store.setValue(GenerationSettings.formatKey(format), workspace.formats().contains(format));
			}
		}
		setPreferenceStore(store);
	}

	@Override
	public boolean performOk() {
		IProject project = Adapters.adapt(element, IProject.class);
		return Regeneration.applying(project == null ? java.util.List.of() : java.util.List.of(project), super::performOk);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(GenerationSettings.PROJECT_SPECIFIC, "Enable project-specific settings", getFieldEditorParent()));
		SvcPreferencePage.addGenerationFields(this::addField, this::getFieldEditorParent);
	}
}
