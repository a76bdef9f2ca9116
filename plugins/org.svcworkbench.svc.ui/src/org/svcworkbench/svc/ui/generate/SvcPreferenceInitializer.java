package org.svcworkbench.svc.ui.generate;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Sets the defaults of the SVC preferences (see GenerationSettings). */
public class SvcPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		GenerationSettings.initializeDefaults();
	}
}
