package org.svcworkbench.svc.ui.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.editor.SvcImages;

/** The Search view's page for references: files, and under each the lines with their line number. */
public class SvcReferencesPage extends AbstractTextSearchViewPage {

	private static final Comparator<ReferenceLine> ORDER = Comparator
			.comparing((ReferenceLine line) -> line.file().getFullPath().toString()).thenComparingInt(ReferenceLine::line);

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setContentProvider(new ByFile());
		viewer.setLabelProvider(new Labels());
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(new ArrayContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof AbstractTextSearchResult result ? lines(result).toArray() : super.getElements(input);
			}
		});
		viewer.setLabelProvider(new Labels());
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		refresh();
	}

	@Override
	protected void clear() {
		refresh();
	}

	private void refresh() {
		if (getViewer() != null && !getViewer().getControl().isDisposed()) {
			getViewer().refresh();
			if (getViewer() instanceof TreeViewer tree) {
				tree.expandAll();
			}
		}
	}

	static List<ReferenceLine> lines(AbstractTextSearchResult result) {
		return Arrays.stream(result.getElements()).filter(ReferenceLine.class::isInstance).map(ReferenceLine.class::cast).sorted(ORDER)
				.toList();
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		if (match.getElement() instanceof ReferenceLine line) {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), line.file(), activate);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
			}
		}
	}

	private final class ByFile implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof AbstractTextSearchResult result)) {
				return new Object[0];
			}
			Map<IFile, Boolean> files = new LinkedHashMap<>();
			lines(result).forEach(line -> files.put(line.file(), true));
			return files.keySet().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof IFile file && getInput() != null
					? lines(getInput()).stream().filter(line -> line.file().equals(file)).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof ReferenceLine line ? line.file() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IFile;
		}
	}

	private final class Labels extends LabelProvider {

		private final WorkbenchLabelProvider workbench = new WorkbenchLabelProvider();

		@Override
		public String getText(Object element) {
			if (element instanceof ReferenceLine line) {
				int count = getInput() == null ? 0 : getInput().getMatchCount(line);
				return line.line() + ": " + line.text() + (count > 1 ? " (" + count + " matches)" : "");
			}
			if (element instanceof IFile file) {
				long count = getInput() == null ? 0 : lines(getInput()).stream().filter(l -> l.file().equals(file))
						.mapToInt(l -> getInput().getMatchCount(l)).sum();
				return file.getName() + " - " + file.getParent().getFullPath().makeRelative() + " (" + count
						+ (count == 1 ? " reference)" : " references)");
			}
			return super.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof IFile ? SvcImages.bundle(SvcImages.FILE) : workbench.getImage(element);
		}

		@Override
		public void dispose() {
			workbench.dispose();
			super.dispose();
		}
	}
}
