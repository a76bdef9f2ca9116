package org.svcworkbench.svc.ui.templates;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.templates.TemplatePreferencePage;
import org.svcworkbench.svc.ui.SvcUiPlugin;

/** Window > Preferences > SVC > Templates: Eclipse's own page over the .svc templates. */
public class SvcTemplatePreferencePage extends TemplatePreferencePage {

	public SvcTemplatePreferencePage() {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SvcUiPlugin.ID));
		setTemplateStore(SvcUiTemplates.store());
		setContextTypeRegistry(SvcUiTemplates.registry());
		setDescription("Templates offered by Ctrl+Space in .svc editors, where the language allows their first word. "
				+ "${cursor} is where the caret ends; ${x:field('text')} is a field showing 'text', Tab goes to the next.");
	}

	@Override
	protected boolean isShowFormatterSetting() {
		return false;
	}
}
