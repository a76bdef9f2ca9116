package org.svcworkbench.svc.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * Hover text of a declared element, as Markdown: its label and kind with its name, then its
 * description, then any documentation comment. Text from the model is escaped, so a label such
 * as {@code *Special*} shows as written.
 */
public class SvcHoverService extends HoverService {

	@Inject
	private IQualifiedNameProvider names;

	@Override
	public String getContents(EObject element) {
		if (element == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		String label = text(element, "label");
		QualifiedName name = names.getFullyQualifiedName(element);
		String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		String heading = (label == null ? "" : "**" + markdown(label) + "** · ") + kind + (name == null ? "" : " `" + name + "`");
		parts.add(heading);
		String description = text(element, "description");
		if (description != null) {
			parts.add(markdown(description));
		}
		String comment = super.getContents(element);
		if (!comment.isBlank()) {
			parts.add(comment);
		}
		return String.join("\n\n", parts);
	}

	private static String text(EObject element, String feature) {
		EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
		return f != null && element.eGet(f) instanceof String s && !s.isBlank() ? s : null;
	}

	/** Backslash before every character Markdown could read as syntax; line breaks kept as breaks. */
	static String markdown(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c == '\n' ? "  \n" : String.valueOf(c));
		}
		return out.toString();
	}
}
