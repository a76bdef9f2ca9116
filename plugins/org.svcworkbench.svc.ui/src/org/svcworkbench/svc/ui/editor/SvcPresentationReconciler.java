package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.custom.StyleRange;

/**
 * Syntax colouring of .svc text from the language's own lexer: keywords, strings (all four kinds
 * of quotes), numbers, comments. Only the stretch whose tokens changed is repainted.
 */
public class SvcPresentationReconciler extends PresentationReconciler {

	public SvcPresentationReconciler() {
		LexicalColouring colouring = new LexicalColouring();
		setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class LexicalColouring implements IPresentationDamager, IPresentationRepairer {

		private IDocument document;
		private LexicalTokens tokens;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
			this.tokens = null;
		}

		private LexicalTokens tokens() {
			if (tokens == null) {
				tokens = LexicalTokens.of(document.get());
			}
			return tokens;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			LexicalTokens before = tokens;
			tokens = LexicalTokens.of(document.get());
			if (before == null || documentPartitioningChanged) {
				return new Region(0, document.getLength());
			}
			int added = event.getText() == null ? 0 : event.getText().length();
			int[] changed = tokens.changedSince(before, event.getOffset(), event.getLength(), added);
			int end = Math.min(changed[1], document.getLength());
			int start = Math.min(changed[0], end);
			return new Region(start, end - start);
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			LexicalTokens current = tokens();
			int end = damage.getOffset() + damage.getLength();
			for (int i = current.indexAt(damage.getOffset()); i < current.size() && current.start(i) < end; i++) {
				TextAttribute attribute = SvcStyles.lexical(current.style(i));
				if (attribute == null) {
					continue;
				}
				int start = Math.max(current.start(i), damage.getOffset());
				int stop = Math.min(current.end(i), end);
				StyleRange range = new StyleRange(start, stop - start, attribute.getForeground(), attribute.getBackground(),
						attribute.getStyle());
				presentation.addStyleRange(range);
			}
		}
	}
}
