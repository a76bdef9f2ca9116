package org.svcworkbench.svc.ui.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * An Eclipse document open in the language server: it is opened when the first editor shows it,
 * its text is sent before every question asked about it (and after each keystroke pause), and it is
 * closed with the last editor. Also converts between document offsets and LSP positions (both
 * count UTF-16 units, so Chinese text needs no conversion).
 */
public final class SvcDocument {

	private static final Map<IDocument, SvcDocument> OPEN = new WeakHashMap<>();

	private final IDocument document;
	private final String uri;
	private int users;
	private int version;
	private long sentStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private String sentText;

	private SvcDocument(IDocument document, String uri) {
		this.document = document;
		this.uri = uri;
	}

	/** Opens the document in the server for one more user; null when it is not a file on disk. */
	public static synchronized SvcDocument connect(IDocument document) {
		SvcDocument open = OPEN.get(document);
		if (open == null) {
			String uri = uriOf(document);
			if (uri == null) {
				return null;
			}
			open = new SvcDocument(document, uri);
			open.sentText = document.get();
			open.sentStamp = stamp(document);
			SvcLanguageServer.get().server().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "svc", 0, open.sentText)));
			OPEN.put(document, open);
		}
		open.users++;
		return open;
	}

	/** The open document, or null when no editor has connected it. */
	public static synchronized SvcDocument of(IDocument document) {
		return document == null ? null : OPEN.get(document);
	}

	/** The editor is done with it; the last one closes it in the server. */
	public void disconnect() {
		synchronized (SvcDocument.class) {
			if (--users > 0) {
				return;
			}
			OPEN.remove(document);
		}
		SvcLanguageServer.get().server().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	public String uri() {
		return uri;
	}

	public IDocument document() {
		return document;
	}

	public TextDocumentIdentifier identifier() {
		return new TextDocumentIdentifier(uri);
	}

	/** Sends the current text if it changed since it was last sent; call before every question. */
	public synchronized void sync() {
		long stamp = stamp(document);
		String text = document.get();
		if (stamp == sentStamp && text.equals(sentText)) {
			return;
		}
		sentStamp = stamp;
		sentText = text;
		version++;
		SvcLanguageServer.get().server().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), java.util.List.of(new TextDocumentContentChangeEvent(text))));
	}

	public Position position(int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	/** The offset of a position, clamped to the document (answers may refer to an older text). */
	public int offset(Position position) {
		return Offsets.of(document, position);
	}

	public int[] offsets(Range range) {
		return Offsets.of(document, range);
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 d ? d.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	private static String uriOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getFileStore() == null) {
			return null;
		}
		URI location = buffer.getFileStore().toURI();
		if (!"file".equals(location.getScheme())) {
			return null;
		}
		return SvcLanguageServer.uri(Path.of(location));
	}
}
