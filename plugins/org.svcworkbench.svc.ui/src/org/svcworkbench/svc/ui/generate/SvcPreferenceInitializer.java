package org.svcworkbench.svc.ui.generate;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Sets the defaults of the SVC preferences (GenerationSettings, and the editor's colours in SvcStyles). */
public class SvcPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		GenerationSettings.initializeDefaults();
		org.svcworkbench.svc.ui.editor.SvcStyles.initializeDefaults();
	}
}
