package org.svcworkbench.svc.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.svcworkbench.svc.load.SvcDiagnostic;

/**
 * The SVC problem markers of saved files (Problems view): message, severity, line, character
 * range, the rule's issue code and its data (for quick fixes from the Problems view).
 */
public final class SvcMarkers {

	public static final String TYPE = "org.svcworkbench.svc.ui.problem";
	/** The validation rule's issue code, e.g. svc.unknown-reference. */
	public static final String CODE = "code";
	/** The finding's data for quick fixes, its values separated by {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";
	public static final String DATA_SEPARATOR = "\u001f";

	private SvcMarkers() {
	}

	/** A problem of the project as a whole (its documentation could not be written), shown as an error. */
	static void onProject(org.eclipse.core.resources.IProject project, String message) throws CoreException {
		onProject(project, message, IMarker.SEVERITY_ERROR);
	}

	/** A warning about the documentation as a whole, e.g. a font without the models' glyphs. */
	static void warningOnProject(org.eclipse.core.resources.IProject project, String message) throws CoreException {
		onProject(project, message, IMarker.SEVERITY_WARNING);
	}

	private static void onProject(org.eclipse.core.resources.IProject project, String message, int severity) throws CoreException {
		IMarker marker = project.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, severity);
		marker.setAttribute(CODE, "svc.documentation");
	}

	static void replace(IFile file, List<SvcDiagnostic> findings) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (SvcDiagnostic finding : findings) {
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.MESSAGE, finding.message());
			marker.setAttribute(IMarker.SEVERITY, switch (finding.severity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				case INFO -> IMarker.SEVERITY_INFO;
			});
			marker.setAttribute(IMarker.LINE_NUMBER, finding.line());
			marker.setAttribute(IMarker.LOCATION, "line " + finding.line() + ", column " + finding.column());
			if (finding.offset() >= 0) {
				marker.setAttribute(IMarker.CHAR_START, finding.offset());
				marker.setAttribute(IMarker.CHAR_END, finding.offset() + finding.length());
			}
			if (finding.code() != null) {
				marker.setAttribute(CODE, finding.code());
			}
			if (!finding.data().isEmpty()) {
				marker.setAttribute(DATA, String.join(DATA_SEPARATOR, finding.data()));
			}
		}
	}
}
