package org.svcworkbench.svc.generator.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.load.TextBuffer;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.TopLevelElement;

import com.google.gson.stream.JsonWriter;

/**
 * The whole model as JSON, shaped by {@link ModelJsonSchema}: per file its elements, each object
 * with its "type" (the model class) first and then the features in the order the language declares
 * them, values as written (features a file leaves out are left out), references as the qualified
 * name of what they point to. Same model, same bytes.
 */
public final class ModelJson {

	public static final String FORMAT = "svc-model";
	public static final int VERSION = 1;

	/** A file of the model and the path it is filed under in the export ("cafe/cafe.svc"). */
	public record File(String path, Model model) {
	}

	public String export(List<File> files) {
		TextBuffer text = new TextBuffer();
		try (Streamed json = stream(text)) {
			for (File file : files) {
				json.add(file);
			}
			json.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	/** Starts an export into the writer; add the files, then finish. */
	public Streamed stream(Writer out) throws IOException {
		return new Streamed(out);
	}

	/**
	 * The export written file by file as the folders are checked, so that no model has to stay
	 * loaded until the end: the same bytes as {@link #export}, in the same order of calls.
	 */
	public final class Streamed implements Closeable {
		private final Writer out;
		private final JsonWriter json;

		private Streamed(Writer out) throws IOException {
			this.out = out;
			json = new JsonWriter(out);
			json.setIndent("  ");
			json.beginObject();
			json.name("$schema").value(ModelJsonSchema.FILE_NAME);
			json.name("format").value(FORMAT);
			json.name("version").value(VERSION);
			json.name("files").beginArray();
		}

		public void add(File file) throws IOException {
			json.beginObject();
			json.name("file").value(file.path());
			json.name("elements").beginArray();
			for (TopLevelElement element : file.model().getElements()) {
				object(element, json);
			}
			json.endArray();
			json.endObject();
		}

		/**
		 * The separator before entries whose bytes the caller copies itself, pushed down to the
		 * writer: what follows in the stream below is taken as one value (an earlier export's file
		 * objects, or a folder's made apart as UTF-8 bytes, copied without being decoded and encoded again).
		 */
		public void beginCopiedEntries() throws IOException {
			json.jsonValue("");
			json.flush();
		}

		/** Pushes what is written so far down to the writer. */
		public void flush() throws IOException {
			json.flush();
		}

		/** Ends the document, with a final newline as every JSON file of ours has. */
		public void finish() throws IOException {
			json.endArray();
			json.endObject();
			json.flush();
			out.write('\n');
			out.flush();
		}

		/** Closes the writer; an unfinished document stays unfinished (its file is then not kept). */
		@Override
		public void close() throws IOException {
			out.close();
		}
	}

	private void object(EObject object, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("type").value(object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EAttribute attribute) {
				attribute(object, attribute, json);
			} else if (feature instanceof EReference reference) {
				reference(object, reference, json);
			}
		}
		json.endObject();
	}

	private void attribute(EObject object, EAttribute attribute, JsonWriter json) throws IOException {
		Object value = object.eGet(attribute);
		if (value == null || !Written.written(object, attribute) || attribute.isMany() && ((List<?>) value).isEmpty()) {
			return;
		}
		json.name(attribute.getName());
		if (attribute.isMany()) {
			json.beginArray();
			for (Object item : (List<?>) value) {
				value(item, json);
			}
			json.endArray();
		} else {
			value(value, json);
		}
	}

	private static void value(Object value, JsonWriter json) throws IOException {
		if (value instanceof BigDecimal decimal) {
			json.value(decimal);
		} else if (value instanceof Number number) {
			json.value(number);
		} else if (value instanceof Boolean bool) {
			json.value(bool);
		} else if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
			json.value(literal.getLiteral());
		} else {
			json.value(value.toString());
		}
	}

	private void reference(EObject object, EReference reference, JsonWriter json) throws IOException {
		if (!object.eIsSet(reference)) {
			return;
		}
		Object value = object.eGet(reference, false);
		List<EObject> targets = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(item -> targets.add((EObject) item));
		} else {
			targets.add((EObject) value);
		}
		json.name(reference.getName());
		if (reference.isMany()) {
			json.beginArray();
		}
		for (EObject target : targets) {
			if (reference.isContainment()) {
				object(target, json);
			} else {
				json.value(QualifiedNames.of(target));
			}
		}
		if (reference.isMany()) {
			json.endArray();
		}
	}
}
