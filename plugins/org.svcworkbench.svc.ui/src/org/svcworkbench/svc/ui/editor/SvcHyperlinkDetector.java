package org.svcworkbench.svc.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/** Ctrl+click and F3 on a reference: opens the declaration, in whichever file of the folder it is. */
public class SvcHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		SvcDocument document = SvcDocument.of(viewer.getDocument());
		if (document == null) {
			return null;
		}
		document.sync();
		Either<List<? extends Location>, List<? extends LocationLink>> answer;
		try {
			answer = SvcLanguageServer.await(SvcLanguageServer.get().server()
					.definition(new DefinitionParams(document.identifier(), document.position(region.getOffset()))));
		} catch (BadLocationException e) {
			return null;
		}
		if (answer == null || !answer.isLeft() || answer.getLeft().isEmpty()) {
			return null;
		}
		IRegion word = Words.at(viewer.getDocument(), region.getOffset());
		if (word.getLength() == 0) {
			return null;
		}
		Location target = answer.getLeft().get(0);
		return new IHyperlink[] { new DeclarationLink(word, target) };
	}

	private record DeclarationLink(IRegion region, Location target) implements IHyperlink {

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			Editors.open(target.getUri(), target.getRange());
		}
	}
}
