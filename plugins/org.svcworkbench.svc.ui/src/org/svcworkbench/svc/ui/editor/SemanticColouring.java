package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Control;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Semantic colouring on top of the lexical one: declared names bold, names that refer to a
 * declaration in a colour of their own (so an unresolved name stays plain). The language server's
 * semantic tokens are fetched each time it has checked a new version of the text; they are kept as
 * document positions, so they move with edits until the next ones arrive.
 */
final class SemanticColouring implements BiConsumer<String, List<Diagnostic>>, ITextPresentationListener {

	private static final String CATEGORY = "org.svcworkbench.svc.ui.semantic";

	private final ITextViewer viewer;
	private final SvcDocument document;
	private final IDocument text;
	private final DefaultPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private List<Token> tokens = List.of();

	private record Token(Position position, SvcStyles.Kind kind) {
	}

	SemanticColouring(ITextViewer viewer, SvcDocument document) {
		this.viewer = viewer;
		this.document = document;
		this.text = document.document();
		text.addPositionCategory(CATEGORY);
		text.addPositionUpdater(updater);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		SvcLanguageServer.get().diagnostics().addListener(this);
		request();
	}

	void dispose() {
		SvcLanguageServer.get().diagnostics().removeListener(this);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		text.removePositionUpdater(updater);
		try {
			text.removePositionCategory(CATEGORY);
		} catch (BadPositionCategoryException e) {
			// already gone
		}
	}

	/** The server has checked a version of a document: if it is this one, fetch its tokens. */
	@Override
	public void accept(String uri, List<Diagnostic> diagnostics) {
		if (uri.equals(document.uri())) {
			request();
		}
	}

	private void request() {
		SemanticTokensLegend legend = SvcLanguageServer.get().semanticTokensLegend();
		if (legend == null) {
			return;
		}
		long stamp = stamp();
		SvcLanguageServer.get().server().semanticTokensFull(new SemanticTokensParams(document.identifier())).thenAccept(answer -> {
			Control control = viewer.getTextWidget();
			if (answer != null && control != null && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					// tokens of an older text would colour the wrong words: the next check brings new ones
					if (!control.isDisposed() && stamp == stamp()) {
						show(decode(answer, legend));
					}
				});
			}
		});
	}

	private long stamp() {
		return text instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : 0;
	}

	/** LSP's relative encoding: per token line delta, start delta, length, type, modifier bits. */
	private List<Token> decode(SemanticTokens answer, SemanticTokensLegend legend) {
		List<Integer> data = answer.getData();
		int declaration = 1 << legend.getTokenModifiers().indexOf(SemanticTokenModifiers.Declaration);
		List<Token> result = new ArrayList<>(data.size() / 5);
		int line = 0;
		int start = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			int lineDelta = data.get(i);
			line += lineDelta;
			start = lineDelta == 0 ? start + data.get(i + 1) : data.get(i + 1);
			int offset = Offsets.of(text, new org.eclipse.lsp4j.Position(line, start));
			int length = Math.min(data.get(i + 2), text.getLength() - offset);
			boolean declared = (data.get(i + 4) & declaration) != 0;
			result.add(new Token(new Position(offset, length), declared ? SvcStyles.Kind.DECLARATION : SvcStyles.Kind.REFERENCE));
		}
		return result;
	}

	private void show(List<Token> fresh) {
		try {
			for (Token token : tokens) {
				text.removePosition(CATEGORY, token.position());
			}
			for (Token token : fresh) {
				text.addPosition(CATEGORY, token.position());
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		tokens = fresh;
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		for (Token token : tokens) {
			Position position = token.position();
			if (position.isDeleted() || position.getOffset() + position.getLength() <= extent.getOffset() || position.getOffset() >= end) {
				continue;
			}
			int from = Math.max(position.getOffset(), extent.getOffset());
			int to = Math.min(position.getOffset() + position.getLength(), end);
			TextAttribute attribute = SvcStyles.of(token.kind());
			presentation.mergeStyleRange(new StyleRange(from, to - from, attribute.getForeground(), null, attribute.getStyle()));
		}
	}

	/** Whether a semantic style is shown at an offset (for tests). */
	boolean isShownAt(int offset) {
		return tokens.stream().anyMatch(t -> t.position().includes(offset));
	}
}
