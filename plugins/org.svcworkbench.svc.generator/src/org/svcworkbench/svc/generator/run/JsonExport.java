package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.svcworkbench.svc.generator.json.ModelJson;
import org.svcworkbench.svc.load.AtomicFiles;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.Utf8Buffer;

/** model.json written folder by folder when JSON is asked for; nothing otherwise. */
final class JsonExport implements AutoCloseable {
	private final AtomicFiles.Streamed file;
	private final CountingStream counted;
	private final ModelJson.Streamed json;
	private boolean committed;

	private JsonExport(AtomicFiles.Streamed file, CountingStream counted, ModelJson.Streamed json) {
		this.file = file;
		this.counted = counted;
		this.json = json;
	}

	/** The run's model.json, written into a twin the journal names until the run ends. */
	static JsonExport open(DocumentationOptions options, OutputFolder output, RunJournal journal) throws IOException {
		if (!options.writes(Format.JSON)) {
			return new JsonExport(null, null, null);
		}
		AtomicFiles.Streamed file = output.open("model.json");
		journal.json(file.temporary().getFileName().toString());
		CountingStream counted = new CountingStream(file.stream());
		// Buffered before the encoder: Gson writes in small pieces, and each reaching the encoder costs a buffer of its own.
		return new JsonExport(file, counted,
				new ModelJson().stream(new java.io.BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16)));
	}

	/** Bytes written so far: where the next folder's entries begin (after its separator). */
	long position() throws IOException {
		if (json == null) {
			return 0;
		}
		json.flush();
		return counted.count;
	}

	/**
	 * The same, once they are all in the file: where a folder's entries end, before the journal
	 * says it is done, so that a run stopped after that finds them in the twin it left.
	 */
	long positionWritten() throws IOException {
		long position = position();
		if (counted != null) {
			counted.flush();
		}
		return position;
	}

	/**
	 * A folder's file objects as model.json holds them, made apart from the document (on a pool
	 * thread): their UTF-8 bytes, in pieces, after the separator of the first entry, so that {@link #addEntries}
	 * puts them where {@code add} would have written them, byte for byte. Null without JSON or clean files.
	 */
	static List<byte[]> entries(DocumentationOptions options, List<CheckedFolder.CleanFile> files) throws IOException {
		if (!options.writes(Format.JSON) || files.isEmpty()) {
			return null;
		}
		// As UTF-8 bytes, the main thread only copies them: made as text, they were turned two bytes a
		// character at the first non-Latin-1 one, copied into a String, and encoded on the main thread.
		Utf8Buffer text = ENTRIES.get();
		text.reset();
		ModelJson.Streamed json = new ModelJson().stream(text);
		json.flush();
		int header = text.size();
		for (CheckedFolder.CleanFile clean : files) {
			json.add(new ModelJson.File(clean.path(), clean.model()));
		}
		json.flush();
		int start = header;
		while (start < text.size() && Character.isWhitespace(text.byteAt(start))) {
			start++; // the separator before the first entry: addEntries writes the writer's own
		}
		List<byte[]> entries = text.piecesFrom(start, PIECE);
		if (text.capacity() > 1 << 22) {
			ENTRIES.remove(); // an unusually large folder's room is not kept
		}
		return entries;
	}

	private static final ThreadLocal<Utf8Buffer> ENTRIES = ThreadLocal.withInitial(() -> new Utf8Buffer(1 << 18));
	/** Below half of G1's smallest region (1 MB): see Utf8Buffer.piecesFrom. */
	private static final int PIECE = 1 << 18;

	void addEntries(List<byte[]> entries) throws IOException {
		if (json != null && entries != null) {
			json.beginCopiedEntries();
			for (byte[] piece : entries) {
				counted.write(piece);
			}
		}
	}

	/**
	 * An unchanged folder's entries, as the last run wrote them into the model.json that is still
	 * there, or a stopped run into the twin it left (from).
	 */
	void copy(Manifest.Folder old, Path from) throws IOException {
		if (json != null && old.jsonEnd() > old.jsonStart()) {
			json.beginCopiedEntries();
			Manifest.copyRange(from, old.jsonStart(), old.jsonEnd(), counted);
		}
	}

	/** Finishes and keeps model.json; its size, which the manifest records. */
	long commit() throws IOException {
		if (json == null) {
			return 0;
		}
		json.finish();
		long size = counted.count;
		file.commit();
		committed = true;
		return size;
	}

	/** A run that did not end well leaves what it wrote for the journal's next run to take up. */
	@Override
	public void close() throws IOException {
		if (file != null && !committed) {
			file.closeKeepingWhatWasWritten();
		} else if (file != null) {
			file.close();
		}
	}

	/** Counts the bytes that pass, for the offsets of each folder's entries in model.json. */
	private static final class CountingStream extends java.io.FilterOutputStream {
		long count;

		CountingStream(java.io.OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
			count += length;
		}
	}
}
