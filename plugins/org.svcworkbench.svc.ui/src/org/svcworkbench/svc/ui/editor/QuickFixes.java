package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/** Asks the language server for the quick fixes of some findings in a document. */
public final class QuickFixes {

	/** A fix: its label and the edits it makes to the text it was asked for. */
	public record Fix(String label, List<TextEdit> edits) {

		public void apply(IDocument document) {
			TextEdits.apply(document, edits);
		}
	}

	private QuickFixes() {
	}

	/** The fixes for findings in an open document (its current text is sent first). */
	public static List<Fix> of(SvcDocument document, List<Diagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			return new ArrayList<>();
		}
		document.sync();
		return of(document.uri(), diagnostics);
	}

	/** The fixes for findings in the server's current text of a file (the saved one unless it is open). */
	public static List<Fix> of(String uri, List<Diagnostic> diagnostics) {
		List<Fix> fixes = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic)));
			List<Either<Command, CodeAction>> actions = SvcLanguageServer.await(SvcLanguageServer.get().server().codeAction(params));
			if (actions == null) {
				continue;
			}
			for (Either<Command, CodeAction> action : actions) {
				if (action.isRight() && action.getRight().getEdit() != null) {
					List<TextEdit> edits = editsOf(action.getRight().getEdit(), uri);
					if (!edits.isEmpty()) {
						fixes.add(new Fix(action.getRight().getTitle(), edits));
					}
				}
			}
		}
		return fixes;
	}

	private static List<TextEdit> editsOf(WorkspaceEdit edit, String uri) {
		List<TextEdit> result = new ArrayList<>();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
				if (same(change.getKey(), uri)) {
					result.addAll(change.getValue());
				}
			}
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
					.filter(change -> same(change.getTextDocument().getUri(), uri)).flatMap(change -> change.getEdits().stream())
					.filter(Either::isLeft).forEach(e -> result.add(e.getLeft()));
		}
		return result;
	}

	private static boolean same(String a, String b) {
		return java.net.URI.create(a).normalize().equals(java.net.URI.create(b).normalize())
				|| a.replace("file:///", "file:/").equals(b.replace("file:///", "file:/"));
	}
}
