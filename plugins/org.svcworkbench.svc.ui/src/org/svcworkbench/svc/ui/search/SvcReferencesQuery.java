package org.svcworkbench.svc.ui.search;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.svcworkbench.svc.ui.editor.Offsets;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/** Find References (Ctrl+Shift+G): the language server's references to the name at the caret, in the Search view. */
public class SvcReferencesQuery implements ISearchQuery {

	private final SvcDocument document;
	private final int offset;
	private final String name;
	private final SvcReferencesResult result = new SvcReferencesResult(this);

	public SvcReferencesQuery(SvcDocument document, int offset, String name) {
		this.document = document;
		this.offset = offset;
		this.name = name;
	}

	String name() {
		return name;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		document.sync();
		ReferenceParams params = new ReferenceParams(document.identifier(), Offsets.position(document.document(), offset),
				new ReferenceContext(false));
		List<? extends Location> locations = SvcLanguageServer.await(SvcLanguageServer.get().server().references(params));
		if (locations == null) {
			return Status.error("The SVC language server did not answer.");
		}
		for (Location location : locations) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (SvcLanguageServer.resource(location.getUri()) instanceof IFile file) {
				try {
					add(file, location);
				} catch (CoreException | BadLocationException e) {
					return Status.error("Could not read " + file.getFullPath(), e);
				}
			}
		}
		return Status.OK_STATUS;
	}

	private void add(IFile file, Location location) throws CoreException, BadLocationException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			IDocument text = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
			int[] range = Offsets.of(text, location.getRange());
			int line = text.getLineOfOffset(range[0]);
			String lineText = text.get(text.getLineOffset(line), text.getLineLength(line)).strip();
			result.addMatch(new Match(new ReferenceLine(file, line + 1, lineText), range[0], range[1] - range[0]));
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	@Override
	public String getLabel() {
		return "References to '" + name + "'";
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}

	static boolean isIn(IResource resource, Match match) {
		return match.getElement() instanceof ReferenceLine line && line.file().equals(resource);
	}
}
