package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching: { } ( ) and the Chinese corner quotes 「 」. */
public class SvcPairMatcher extends DefaultCharacterPairMatcher {

	public SvcPairMatcher() {
		super(new char[] { '{', '}', '(', ')', '「', '」' });
	}
}
