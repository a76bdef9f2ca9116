package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The colours of .svc text, in the spirit of Eclipse's Java editor: purple bold keywords, blue
 * strings, green comments; declared names bold, references in a dark teal.
 */
final class SvcStyles {

	private static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	private static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	private static final TextAttribute NUMBER = new TextAttribute(new Color(125, 80, 0));
	private static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
	static final TextAttribute DECLARATION = new TextAttribute(new Color(0, 0, 0), null, SWT.BOLD);
	static final TextAttribute REFERENCE = new TextAttribute(new Color(0, 100, 120));

	private SvcStyles() {
	}

	/** The attribute of a lexical highlighting style id, or null for default text. */
	static TextAttribute lexical(String style) {
		return switch (style) {
			case HighlightingStyles.KEYWORD_ID -> KEYWORD;
			case HighlightingStyles.STRING_ID -> STRING;
			case HighlightingStyles.NUMBER_ID -> NUMBER;
			case HighlightingStyles.COMMENT_ID -> COMMENT;
			default -> null;
		};
	}
}
