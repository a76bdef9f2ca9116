package org.svcworkbench.svc.ui.builder;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.svcworkbench.svc.ide.quickfix.SvcQuickfixProvider;
import org.svcworkbench.svc.ui.editor.Offsets;
import org.svcworkbench.svc.ui.editor.QuickFixes;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * Quick fixes in the Problems view (Ctrl+1 or Quick Fix on a marker): the same fixes as in the
 * editor, asked of the language server for the finding the marker records. A fix edits the file
 * through its file buffer: into the open editor if there is one (left unsaved, as in the editor),
 * otherwise straight to disk.
 */
public class SvcMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(SvcMarkers.CODE, null);
		return code != null && SvcLanguage.injector().getInstance(SvcQuickfixProvider.class).codes().contains(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			try {
				IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				List<QuickFixes.Fix> fixes = fixes(document, file, diagnostic(marker, document));
				return fixes.stream().map(fix -> new Resolution(file, fix)).toArray(IMarkerResolution[]::new);
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			}
		} catch (CoreException e) {
			SvcUiLog.error("Could not read " + file.getFullPath() + " for its quick fixes", e);
			return new IMarkerResolution[0];
		}
	}

	private static List<QuickFixes.Fix> fixes(IDocument document, IFile file, Diagnostic diagnostic) {
		SvcDocument open = SvcDocument.of(document);
		if (open != null) {
			return QuickFixes.of(open, List.of(diagnostic));
		}
		// not open in an editor: the server reads the saved file itself
		return QuickFixes.of(SvcLanguageServer.uri(file.getLocation()), List.of(diagnostic));
	}

	/** The finding a marker records, as the server reported it when the file was checked. */
	static Diagnostic diagnostic(IMarker marker, IDocument document) {
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		Range range = new Range(Offsets.position(document, start), Offsets.position(document, end));
		Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""));
		diagnostic.setCode(marker.getAttribute(SvcMarkers.CODE, null));
		int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		diagnostic.setSeverity(severity == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
				: severity == IMarker.SEVERITY_WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
		String data = marker.getAttribute(SvcMarkers.DATA, null);
		diagnostic.setData(data == null ? new String[0] : data.split(SvcMarkers.DATA_SEPARATOR, -1));
		return diagnostic;
	}

	private record Resolution(IFile file, QuickFixes.Fix fix) implements IMarkerResolution {

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
			try {
				buffers.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
				try {
					ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					fix.apply(buffer.getDocument());
					if (!buffer.isShared()) { // not open in an editor: save, as the fix is all that changed
						buffer.commit(new NullProgressMonitor(), true);
					}
				} finally {
					buffers.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
				}
			} catch (CoreException e) {
				SvcUiLog.error("Could not apply '" + fix.label() + "' to " + file.getFullPath(), e);
			}
		}
	}
}
