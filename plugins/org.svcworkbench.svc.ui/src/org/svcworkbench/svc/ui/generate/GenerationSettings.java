package org.svcworkbench.svc.ui.generate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.svcworkbench.svc.generator.run.Format;

/**
 * How the builder documents a project on save: on or off, the output folder inside the project,
 * the formats and the language. Workspace preferences (Window > Preferences > SVC), overridden
 * per project when its property page says so.
 */
public record GenerationSettings(boolean enabled, String folder, List<Format> formats, String language) {

	public static final String NODE = "org.svcworkbench.svc.ui";
	public static final String PROJECT_SPECIFIC = "generate.projectSpecific";
	public static final String ENABLED = "generate.enabled";
	public static final String FOLDER = "generate.folder";
	public static final String LANGUAGE = "generate.language";
	public static final String DEFAULT_FOLDER = "svc-gen";

	/** The preference key that switches a format on. */
	public static String formatKey(Format format) {
		return "generate.format." + format.code();
	}

	/** The defaults: on, into svc-gen/, HTML and Markdown (with their diagrams), in English. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.putBoolean(ENABLED, true);
		defaults.put(FOLDER, DEFAULT_FOLDER);
		defaults.put(LANGUAGE, "en");
		for (Format format : Format.values()) {
			defaults.putBoolean(formatKey(format), format == Format.HTML || format == Format.MARKDOWN);
		}
	}

	/** The settings that apply to a project. */
	public static GenerationSettings of(IProject project) {
		IScopeContext projectScope = new ProjectScope(project);
		boolean specific = projectScope.getNode(NODE).getBoolean(PROJECT_SPECIFIC, false);
		IEclipsePreferences node = (specific ? projectScope : InstanceScope.INSTANCE).getNode(NODE);
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		List<Format> formats = new ArrayList<>();
		for (Format format : Format.values()) {
			if (node.getBoolean(formatKey(format), defaults.getBoolean(formatKey(format), false))) {
				formats.add(format);
			}
		}
		return new GenerationSettings(node.getBoolean(ENABLED, defaults.getBoolean(ENABLED, true)),
				node.get(FOLDER, defaults.get(FOLDER, DEFAULT_FOLDER)).strip(), formats, node.get(LANGUAGE, defaults.get(LANGUAGE, "en")));
	}

	/** Why the output folder cannot be used, or null: it must be a relative path inside the project. */
	public String folderProblem() {
		IPath path = IPath.fromPortableString(folder);
		if (folder.isEmpty() || path.isAbsolute() || path.getDevice() != null) {
			return "The documentation folder must be a folder of the project, such as 'svc-gen', not '" + folder + "'";
		}
		for (String segment : path.segments()) {
			if (segment.equals("..")) {
				return "The documentation folder must stay inside the project: '" + folder + "' leaves it";
			}
		}
		return null;
	}
}
