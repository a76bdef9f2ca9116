package org.svcworkbench.svc.ui.search;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** The references found, by line; the Search view marks them in open editors too. */
public class SvcReferencesResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final SvcReferencesQuery query;

	SvcReferencesResult(SvcReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return "'" + query.name() + "' - " + count + (count == 1 ? " reference" : " references") + " in the workspace";
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input && SvcReferencesQuery.isIn(input.getFile(), match);
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? computeContainedMatches(result, input.getFile()) : new Match[0];
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return Arrays.stream(result.getElements()).flatMap(element -> Arrays.stream(result.getMatches(element)))
				.filter(match -> SvcReferencesQuery.isIn(file, match)).toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof ReferenceLine line ? line.file() : element instanceof IFile file ? file : null;
	}
}
