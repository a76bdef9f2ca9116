package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.ui.editors.text.EditorsUI;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/** Hover on a name: the label, kind and description of what it declares or refers to. */
public class SvcTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return Words.at(viewer.getDocument(), offset);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		SvcDocument document = SvcDocument.of(viewer.getDocument());
		if (document == null) {
			return null;
		}
		document.sync();
		Hover hover;
		try {
			hover = SvcLanguageServer.await(SvcLanguageServer.get().server()
					.hover(new HoverParams(document.identifier(), document.position(region.getOffset()))));
		} catch (BadLocationException e) {
			return null;
		}
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		String markdown = hover.getContents().getRight().getValue();
		return markdown == null || markdown.isBlank() ? null : HoverHtml.of(markdown);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Object info = getHoverInfo2(viewer, region);
		return info == null ? null : info.toString();
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}
}
