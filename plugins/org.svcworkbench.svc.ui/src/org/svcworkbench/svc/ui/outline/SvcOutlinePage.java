package org.svcworkbench.svc.ui.outline;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.svcworkbench.svc.ui.editor.Editors;
import org.svcworkbench.svc.ui.editor.Offsets;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.editor.SvcImages;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * The Outline of a .svc editor: services, their 7Ps, journey stages and touchpoints, blueprints and
 * steps, as the language server's document symbols. It follows the text after each change the
 * server has checked; selecting an item selects its name in the editor, and moving the caret
 * selects the item around it.
 */
public class SvcOutlinePage extends ContentOutlinePage implements BiConsumer<String, List<Diagnostic>> {

	private final ITextEditor editor;
	private volatile String uri;
	private boolean linked = true;
	private final ISelectionChangedListener caretMoved = event -> {
		if (event.getSelection() instanceof ITextSelection text) {
			showSymbolAt(text.getOffset());
		}
	};

	public SvcOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new SymbolLabels());
		viewer.setAutoExpandLevel(3);
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol && viewer.getControl().isFocusControl()) {
				Editors.select(editor, symbol.getSelectionRange());
			}
		});
		SvcLanguageServer.get().diagnostics().addListener(this);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretMoved);
		}
		refresh();
	}

	@Override
	public void dispose() {
		SvcLanguageServer.get().diagnostics().removeListener(this);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretMoved);
		}
		super.dispose();
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		OutlineActions.contribute(actionBars.getToolBarManager(), getTreeViewer(), this);
		actionBars.updateActionBars();
	}

	void setLinked(boolean linked) {
		this.linked = linked;
		if (linked && editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
			showSymbolAt(text.getOffset());
		}
	}

	/** Link with editor: the innermost item around the caret is selected (unless the outline has the focus). */
	void showSymbolAt(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (!linked || viewer == null || viewer.getControl().isDisposed() || viewer.getControl().isFocusControl()
				|| !(viewer.getInput() instanceof List<?> roots)) {
			return;
		}
		IDocument document = Editors.document(editor);
		DocumentSymbol innermost = null;
		List<?> level = roots;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (Object candidate : level) {
				if (candidate instanceof DocumentSymbol symbol && document != null && contains(document, symbol, offset)) {
					innermost = symbol;
					level = symbol.getChildren() == null ? List.of() : symbol.getChildren();
					deeper = true;
					break;
				}
			}
		}
		if (innermost != null) {
			viewer.setSelection(new StructuredSelection(innermost), true);
		}
	}

	private static boolean contains(IDocument document, DocumentSymbol symbol, int offset) {
		int[] range = Offsets.of(document, symbol.getRange());
		return range[0] <= offset && offset <= range[1];
	}

	/** The server checked a new version of some document: refresh if it is this one. */
	@Override
	public void accept(String published, List<Diagnostic> diagnostics) {
		if (published.equals(uri)) {
			refresh();
		}
	}

	/** Asks the server for the symbols off the UI thread and shows them on it. */
	public void refresh() {
		IDocument document = Editors.document(editor);
		SvcDocument svc = SvcDocument.of(document);
		if (svc == null) {
			return;
		}
		uri = svc.uri();
		SvcLanguageServer.get().server().documentSymbol(new DocumentSymbolParams(svc.identifier())).thenAccept(symbols -> {
			Display display = getControl() == null ? null : getControl().getDisplay();
			if (display != null && !display.isDisposed()) {
				display.asyncExec(() -> show(symbols));
			}
		});
	}

	private void show(List<Either<SymbolInformation, DocumentSymbol>> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<DocumentSymbol> roots = symbols.stream().filter(Either::isRight).map(Either::getRight).toList();
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(roots);
		// DocumentSymbol compares by value: items that are still there stay expanded
		viewer.setExpandedElements(expanded);
	}

	private static final class SymbolContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null ? symbol.getChildren().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof DocumentSymbol symbol && symbol.getChildren() != null && !symbol.getChildren().isEmpty();
		}
	}

	private static final class SymbolLabels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof DocumentSymbol symbol) {
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " : " + symbol.getDetail();
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof DocumentSymbol symbol ? SvcImages.symbol(symbol.getKind()) : null;
		}
	}
}
