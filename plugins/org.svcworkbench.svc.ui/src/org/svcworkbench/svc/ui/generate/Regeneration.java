package org.svcworkbench.svc.ui.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.svcworkbench.svc.ui.builder.SvcBuilder;
import org.svcworkbench.svc.ui.builder.SvcNature;

/**
 * Documentation settings changed in a preference or property page: the projects they apply to are
 * documented again at once (in a background job), not at the next save. The run finds the
 * manifest written under other settings and writes everything anew.
 */
public final class Regeneration {

	private Regeneration() {
	}

	/** The settings of each SVC project, to compare after the page is applied. */
	static Map<IProject, GenerationSettings> settingsOf(List<IProject> projects) {
		Map<IProject, GenerationSettings> settings = new java.util.HashMap<>();
		for (IProject project : projects) {
			settings.put(project, GenerationSettings.of(project));
		}
		return settings;
	}

	/** The open projects with the SVC nature. */
	static List<IProject> svcProjects() {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				if (project.isOpen() && project.hasNature(SvcNature.ID)) {
					projects.add(project);
				}
			} catch (CoreException e) {
				// a project whose description cannot be read is not documented
			}
		}
		return projects;
	}

	/** Runs the page's change and documents again the projects whose settings it changed. */
	static boolean applying(List<IProject> projects, Supplier<Boolean> apply) {
		Map<IProject, GenerationSettings> before = settingsOf(projects);
		boolean applied = apply.get();
		List<IProject> changed = new ArrayList<>();
		for (IProject project : projects) {
			GenerationSettings now = GenerationSettings.of(project);
			if (!now.equals(before.get(project)) && now.enabled()) {
				changed.add(project);
			}
		}
		if (applied && !changed.isEmpty()) {
			schedule(changed);
		}
		return applied;
	}

	/** Documents the projects again in the background, with their builder. */
	public static WorkspaceJob schedule(List<IProject> projects) {
		WorkspaceJob job = new WorkspaceJob("Writing the SVC documentation with the new settings") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, projects.size());
				for (IProject project : projects) {
					if (project.isOpen()) {
						project.build(IncrementalProjectBuilder.FULL_BUILD, SvcBuilder.ID, null, progress.split(1));
					}
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		job.schedule();
		return job;
	}
}
