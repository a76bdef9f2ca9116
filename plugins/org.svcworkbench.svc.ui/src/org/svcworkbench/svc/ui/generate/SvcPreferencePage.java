package org.svcworkbench.svc.ui.generate;

import org.eclipse.core.runtime.preferences.InstanceScope;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.svcworkbench.svc.generator.run.Format;

/** Window > Preferences > SVC: documentation on save, for every SVC project without settings of its own. */
public class SvcPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SvcPreferencePage() {
		super(GRID);
		setDescription("When .svc files are saved, the SVC builder checks them and writes their documentation into a folder of the project.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, GenerationSettings.NODE));
	}

	@Override
	public boolean performOk() {
		// the projects that follow the workspace's settings are documented again when they change
		return Regeneration.applying(Regeneration.svcProjects(), super::performOk);
	}

	@Override
	protected void createFieldEditors() {
		addGenerationFields(this::addField, this::getFieldEditorParent);
	}

	/** The fields of the page, shared with the project property page. */
	static void addGenerationFields(Consumer<FieldEditor> add, Supplier<Composite> parent) {
		add.accept(new BooleanFieldEditor(GenerationSettings.ENABLED, "&Generate documentation on save", parent.get()));
		add.accept(new StringFieldEditor(GenerationSettings.FOLDER, "Documentation &folder in the project:", parent.get()));
		add.accept(new RadioGroupFieldEditor(GenerationSettings.LANGUAGE, "&Language of reports and diagrams", 2,
				new String[][] { { "English", "en" }, { "中文", "zh" } }, parent.get(), true));
		for (Format format : Format.values()) {
			add.accept(new BooleanFieldEditor(GenerationSettings.formatKey(format), label(format), parent.get()));
		}
	}

	private static String label(Format format) {
		return switch (format) {
			case HTML -> "HTML report with diagrams";
			case MARKDOWN -> "Markdown report";
			case CHECKLISTS -> "Checklists (Markdown, CSV, JSON)";
			case JSON -> "JSON export of the model";
			case SVG -> "Diagrams as SVG";
			case PNG -> "Diagrams as PNG";
		};
	}
}
