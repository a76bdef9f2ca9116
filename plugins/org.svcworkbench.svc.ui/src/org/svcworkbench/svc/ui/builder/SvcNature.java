package org.svcworkbench.svc.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The SVC nature: a project whose .svc files the SVC builder checks (and documents). */
public class SvcNature implements IProjectNature {

	public static final String ID = "org.svcworkbench.svc.ui.nature";

	private IProject project;

	/** Adds the nature (and with it the builder) to a project; nothing if it has it already. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (SvcBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand command = description.newCommand();
		command.setBuilderName(SvcBuilder.ID);
		ICommand[] commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
		commands[commands.length - 1] = command;
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !SvcBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(SvcMarkers.TYPE, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
