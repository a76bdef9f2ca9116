package org.svcworkbench.svc.domain;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether a designer wrote a value. EMF reports an enum equal to its first literal (say 'high')
 * as not set, so the text decides for parsed models.
 */
public final class Written {
	private Written() {
	}

	public static boolean written(EObject object, EStructuralFeature feature) {
		if (object.eIsSet(feature)) {
			return true;
		}
		if (!hasDefault(feature)) {
			return false; // unset and without a default (text, numbers as objects, references): never written
		}
		// A model built in code has no text: its values are what it says.
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return true;
		}
		Set<String> names = WrittenFeatures.of(object, node);
		return names != null ? names.contains(feature.getName()) : !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}

	/**
	 * The features an element's text assigns, found in one walk of its nodes (as Xtext's
	 * findNodesForFeature walks them for one feature). The reports ask feature after feature of the
	 * same element, so the last element's answer is kept, per thread (weakly: it keeps no model
	 * alive); a reparse gives new nodes.
	 */
	private record WrittenFeatures(WeakReference<EObject> object, WeakReference<INode> node, int offset, int length, Set<String> names) {

		private static final ThreadLocal<WrittenFeatures> LAST = new ThreadLocal<>();

		/** The names, or null where the element's text holds an action (Xtext's search covers that case). */
		static Set<String> of(EObject object, ICompositeNode node) {
			WrittenFeatures last = LAST.get();
			if (last != null && last.object.get() == object && last.node.get() == node && last.offset == node.getTotalOffset()
					&& last.length == node.getTotalLength()) {
				return last.names;
			}
			Set<String> names = new HashSet<>();
			INode actual = NodeModelUtils.findActualNodeFor(object);
			if (actual != null) {
				BidiTreeIterator<INode> nodes = actual.getAsTreeIterable().iterator();
				while (nodes.hasNext()) {
					INode child = nodes.next();
					EObject grammarElement = child.getGrammarElement();
					if (grammarElement instanceof Action) {
						return null; // a tree rewrite: left to Xtext's own search, feature by feature
					}
					Assignment assignment = grammarElement == null || child == actual ? null : GrammarUtil.containingAssignment(grammarElement);
					if (assignment != null) {
						names.add(assignment.getFeature());
						nodes.prune(); // the assigned value's own text (another element's, for a containment)
					}
				}
			}
			LAST.set(new WrittenFeatures(new WeakReference<>(object), new WeakReference<>(node), node.getTotalOffset(), node.getTotalLength(), names));
			return names;
		}
	}

	/** Only enums and primitives read as unset when written as their default (the first literal, 0, false). */
	private static boolean hasDefault(EStructuralFeature feature) {
		if (!(feature instanceof EAttribute attribute) || feature.isMany()) {
			return false;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return attribute.getEAttributeType() instanceof EEnum || type != null && type.isPrimitive();
	}
}
