package org.svcworkbench.svc.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting for every LSP client gives the one canonical layout that 'svc format' writes: tabs,
 * whatever the client's insertSpaces and tabSize (Neovim's expandtab would otherwise indent with
 * spaces, and 'svc format --check' would call the result unformatted). Replacements that leave
 * the text as it is are not sent: a formatted file gets no edits.
 */
public class SvcFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		FormattingOptions canonical = new FormattingOptions(options == null ? 4 : options.getTabSize(), false);
		String text = document.getContents();
		return super.format(resource, document, offset, length, canonical).stream()
				.filter(edit -> !unchanged(document, text, edit)).toList();
	}

	private static boolean unchanged(Document document, String text, TextEdit edit) {
		int start = document.getOffSet(edit.getRange().getStart());
		int end = document.getOffSet(edit.getRange().getEnd());
		return text.substring(start, end).equals(edit.getNewText());
	}
}
