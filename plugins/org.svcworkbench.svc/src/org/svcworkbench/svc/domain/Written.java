package org.svcworkbench.svc.domain;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

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
		Set<String> names = WrittenFeatures.of(object);
		return names != null ? names.contains(feature.getName()) : !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}

	/**
	 * Adds the resource's memo before several threads read its elements at once: it is an adapter
	 * of the resource, and adding one while another thread looks through the resource's adapters
	 * is not safe. Reading needs nothing else of the kind.
	 */
	public static void prepare(org.eclipse.emf.ecore.resource.Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			WrittenFeatures.memo(xtext);
		}
	}

	/**
	 * The features an element's text assigns, found in one walk of its nodes (as Xtext's
	 * findNodesForFeature walks them for one feature). The reports and model.json ask feature
	 * after feature of element after element, and come back to an element after its children: the
	 * answers are kept with the resource, for as long as its parse result is the current one (a
	 * reparse drops them), and die with it.
	 */
	private static final class WrittenFeatures extends AdapterImpl {

		/** Where the element's text holds an action: Xtext's own search, feature by feature, covers that case. */
		private static final Optional<Set<String>> ACTION = Optional.empty();

		/** The last memo a thread used, weakly: it keeps no model alive. */
		private static final ThreadLocal<WeakReference<WrittenFeatures>> LAST = new ThreadLocal<>();

		private final Resource resource;
		private final IParseResult parse;
		private final Map<EObject, Optional<Set<String>>> names = new ConcurrentHashMap<>();

		private WrittenFeatures(Resource resource, IParseResult parse) {
			this.resource = resource;
			this.parse = parse;
		}

		/** The names, or null where the element's text holds an action. */
		static Set<String> of(EObject object) {
			if (!(object.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
				return walk(object).orElse(null);
			}
			return memo(resource).names.computeIfAbsent(object, WrittenFeatures::walk).orElse(null);
		}

		private static WrittenFeatures memo(XtextResource resource) {
			IParseResult parse = resource.getParseResult();
			WeakReference<WrittenFeatures> last = LAST.get();
			WrittenFeatures memo = last == null ? null : last.get();
			if (memo != null && memo.resource == resource && memo.parse == parse) {
				return memo;
			}
			synchronized (WrittenFeatures.class) { // the editor's readers may ask from several threads
				memo = (WrittenFeatures) EcoreUtil.getExistingAdapter(resource, WrittenFeatures.class);
				if (memo == null || memo.parse != parse) {
					if (memo != null) {
						resource.eAdapters().remove(memo);
					}
					memo = new WrittenFeatures(resource, parse);
					resource.eAdapters().add(memo);
				}
			}
			LAST.set(new WeakReference<>(memo));
			return memo;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == WrittenFeatures.class;
		}

		private static Optional<Set<String>> walk(EObject object) {
			Set<String> names = new HashSet<>();
			INode actual = NodeModelUtils.findActualNodeFor(object);
			if (actual != null) {
				BidiTreeIterator<INode> nodes = actual.getAsTreeIterable().iterator();
				while (nodes.hasNext()) {
					INode child = nodes.next();
					EObject grammarElement = child.getGrammarElement();
					if (grammarElement instanceof Action) {
						return ACTION; // a tree rewrite: left to Xtext's own search, feature by feature
					}
					Assignment assignment = grammarElement == null || child == actual ? null : GrammarUtil.containingAssignment(grammarElement);
					if (assignment != null) {
						names.add(assignment.getFeature());
						nodes.prune(); // the assigned value's own text (another element's, for a containment)
					}
				}
			}
			return Optional.of(names);
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
