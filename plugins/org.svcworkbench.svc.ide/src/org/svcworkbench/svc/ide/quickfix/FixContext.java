package org.svcworkbench.svc.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.svcworkbench.svc.words.Findings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * A finding to repair with what fixes need: its model element, the document's text, the finding's
 * data (whether it came in-process as strings or over JSON-RPC as a JSON array), the words of the
 * findings' language for its labels, and helpers that make edits in the layout the formatter gives
 * (tab indentation, one entry per line).
 */
record FixContext(Diagnostic diagnostic, XtextResource resource, Document document, EObject element, Findings words) {

	/** A fix's label or placeholder in the findings' language (the fix.* texts). */
	String say(String key, Object... args) {
		return words.text(key, args);
	}

	String text() {
		return document.getContents();
	}

	int offset(Position position) {
		return document.getOffSet(position);
	}

	int start() {
		return offset(diagnostic.getRange().getStart());
	}

	<T extends EObject> T find(Class<T> type) {
		return EcoreUtil2.getContainerOfType(element, type);
	}

	List<String> data() {
		List<String> result = new ArrayList<>();
		Object data = diagnostic.getData();
		if (data instanceof String[] strings) {
			result.addAll(List.of(strings));
		} else if (data instanceof JsonArray array) {
			for (JsonElement e : array) {
				result.add(e.isJsonNull() ? null : e.getAsString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(o -> result.add(String.valueOf(o)));
		} else if (data instanceof JsonElement e && e.isJsonPrimitive()) {
			result.add(e.getAsString());
		} else if (data instanceof String s) {
			result.add(s);
		}
		return result;
	}

	TextEdit replace(int start, int end, String text) {
		return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), text);
	}

	TextEdit insert(int offset, String text) {
		return replace(offset, offset, text);
	}

	/** The whitespace that starts the line of the offset. */
	String indentAt(int offset) {
		String text = text();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	/**
	 * An edit that adds lines at the end of an element's block, before its closing brace, each
	 * indented one level deeper than the element; or, when the element has no block, opens one.
	 */
	TextEdit addToBlock(EObject owner, List<String> lines) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
		ILeafNode last = lastLeaf(node);
		String indent = indentAt(node.getOffset());
		StringBuilder body = new StringBuilder();
		for (String line : lines) {
			body.append(indent).append('\t').append(line).append('\n');
		}
		if (last != null && "}".equals(last.getText())) {
			int brace = last.getOffset();
			String before = text().substring(text().lastIndexOf('\n', brace - 1) + 1, brace);
			if (before.isBlank()) {
				return insert(brace - before.length(), body.toString());
			}
			return insert(brace, "\n" + body + indent);
		}
		int end = last == null ? node.getEndOffset() : last.getEndOffset();
		return insert(end, " {\n" + body + indent + "}");
	}

	/** The edit that removes an element: its lines entirely, or its text when it shares a line (as {@link #remove}). */
	TextEdit removeLines(EObject owner) {
		INode node = NodeModelUtils.findActualNodeFor(owner);
		return remove(node.getOffset(), node.getEndOffset());
	}

	/**
	 * The edit that removes a span of text: its whole line when nothing else is on it, otherwise the
	 * span with the spaces before it (so that "a b c" without "b" reads "a c").
	 */
	TextEdit remove(int start, int end) {
		String text = text();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
		if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
			return replace(lineStart, lineEnd, "");
		}
		int from = start;
		while (from > lineStart && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
			from--;
		}
		return replace(from, end, "");
	}

	/**
	 * The edit that removes a clause, a keyword and the value after it ("deputy barista",
	 * "no-channel \"reason\""); null when the feature has no value written.
	 */
	TextEdit removeClause(EObject owner, EStructuralFeature feature) {
		List<INode> value = nodes(owner, feature);
		if (value.isEmpty()) {
			return null;
		}
		int start = value.get(0).getOffset();
		ILeafNode keyword = null;
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(owner).getLeafNodes()) {
			if (leaf.getOffset() >= start) {
				break;
			}
			if (!leaf.isHidden()) {
				keyword = leaf;
			}
		}
		return remove(keyword == null ? start : keyword.getOffset(), value.get(value.size() - 1).getEndOffset());
	}

	/** Whether a comment is written inside the node: an edit that rewrites the node's text would lose it. */
	boolean hasComment(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden() && (leaf.getText().startsWith("//") || leaf.getText().startsWith("/*"))) {
				return true;
			}
		}
		return false;
	}

	/** The nodes of a feature's values, in the order they are written. */
	List<INode> nodes(EObject owner, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(owner, feature);
	}

	/** The text a node holds, without the comments and spaces around it. */
	String written(INode node) {
		return NodeModelUtils.getTokenText(node);
	}

	/** The edit that removes the index-th entry of a comma-separated list, with the comma that joins it to the others. */
	TextEdit removeFromList(List<INode> entries, int index) {
		INode entry = entries.get(index);
		if (index > 0) {
			return replace(entries.get(index - 1).getEndOffset(), entry.getEndOffset(), "");
		}
		return replace(entry.getOffset(), entries.get(1).getOffset(), "");
	}

	/** The edits that exchange the text of two nodes. */
	List<TextEdit> swap(INode first, INode second) {
		return List.of(replace(first.getOffset(), first.getEndOffset(), written(second)),
				replace(second.getOffset(), second.getEndOffset(), written(first)));
	}

	private static ILeafNode lastLeaf(ICompositeNode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last;
	}
}
