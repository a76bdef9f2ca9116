package org.svcworkbench.svc.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.link.EditorLinkedModeUI;

/**
 * One completion item of the server as an Eclipse proposal: it replaces the range the server named
 * (the word typed so far), keeps filtering while the user types, and turns a snippet's
 * placeholders into linked fields that Tab moves through.
 */
final class SvcCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final CompletionItem item;
	private final int replaceStart;
	private final int replaceEnd;
	private final String filter;
	private Point selection;

	private SvcCompletionProposal(CompletionItem item, int replaceStart, int replaceEnd) {
		this.item = item;
		this.replaceStart = replaceStart;
		this.replaceEnd = replaceEnd;
		this.filter = item.getFilterText() != null ? item.getFilterText() : item.getLabel();
	}

	static SvcCompletionProposal of(CompletionItem item, SvcDocument document, int offset) {
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			int[] range = document.offsets(item.getTextEdit().getLeft().getRange());
			return new SvcCompletionProposal(item, range[0], Math.max(range[1], offset));
		}
		return new SvcCompletionProposal(item, offset, offset);
	}

	String newText() {
		TextEdit edit = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
		return edit != null ? edit.getNewText() : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		IDocument document = viewer.getDocument();
		Snippet snippet = item.getInsertTextFormat() == InsertTextFormat.Snippet ? Snippet.parse(indented(document, newText()))
				: Snippet.plain(newText());
		try {
			int end = Math.max(replaceEnd, offset);
			document.replace(replaceStart, end - replaceStart, snippet.text());
			selection = new Point(replaceStart + snippet.exit(), 0);
			if (!snippet.fields().isEmpty()) {
				link(viewer, snippet);
			}
		} catch (BadLocationException e) {
			// the document changed under the popup; nothing to insert
		}
	}

	private void link(ITextViewer viewer, Snippet snippet) throws BadLocationException {
		LinkedModeModel model = new LinkedModeModel();
		for (var group : snippet.fields().entrySet()) {
			LinkedPositionGroup linked = new LinkedPositionGroup();
			for (int[] field : group.getValue()) {
				linked.addPosition(new LinkedPosition(viewer.getDocument(), replaceStart + field[0], field[1], group.getKey() - 1));
			}
			model.addGroup(linked);
		}
		model.forceInstall();
		LinkedModeUI ui = new EditorLinkedModeUI(model, viewer);
		ui.setExitPosition(viewer, replaceStart + snippet.exit(), 0, Integer.MAX_VALUE);
		ui.enter();
		selection = null;
		int[] first = snippet.fields().values().iterator().next().get(0);
		viewer.setSelectedRange(replaceStart + first[0], first[1]);
	}

	/** A template's continuation lines start at the indentation of the line it is inserted on. */
	private String indented(IDocument document, String text) {
		try {
			int line = document.getLineOfOffset(replaceStart);
			String prefix = document.get(document.getLineOffset(line), replaceStart - document.getLineOffset(line));
			String indent = prefix.substring(0, prefix.length() - prefix.stripLeading().length());
			return text.replace("\n", "\n" + indent);
		} catch (BadLocationException e) {
			return text;
		}
	}

	@Override
	public void apply(IDocument document) {
		try {
			Snippet snippet = item.getInsertTextFormat() == InsertTextFormat.Snippet ? Snippet.parse(indented(document, newText()))
					: Snippet.plain(newText());
			document.replace(replaceStart, replaceEnd - replaceStart, snippet.text());
		} catch (BadLocationException e) {
			// nothing to insert
		}
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < replaceStart) {
			return false;
		}
		try {
			String typed = document.get(replaceStart, offset - replaceStart);
			if (item.getInsertTextFormat() != InsertTextFormat.Snippet && typed.equals(newText())) {
				// typed out in full: nothing left to complete, so Return goes to the text, not to the popup
				return false;
			}
			typed = typed.toLowerCase(Locale.ROOT);
			return filter.toLowerCase(Locale.ROOT).startsWith(typed) || item.getLabel().toLowerCase(Locale.ROOT).startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		if (item.getDocumentation() == null) {
			return item.getDetail();
		}
		return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
	}

	@Override
	public String getDisplayString() {
		if (item.getInsertTextFormat() == InsertTextFormat.Snippet) {
			return item.getLabel();
		}
		return item.getDetail() == null || item.getDetail().isBlank() || item.getDetail().equals(item.getLabel()) ? item.getLabel()
				: item.getLabel() + " — " + item.getDetail();
	}

	@Override
	public Image getImage() {
		return SvcImages.completion(item.getKind());
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}
}
