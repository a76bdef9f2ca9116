package org.svcworkbench.svc.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.svcworkbench.svc.svc.SvcPackage;

/**
 * Semantic colouring (LSP semantic tokens): every declared name is a declaration, every name that
 * refers to one a reference, both typed by what they name (a service a namespace, a blueprint a
 * class, a step a function, a touchpoint or event an event, channels, roles and segments types,
 * anything else a variable). Names that refer to nothing stay uncoloured, so a typo shows.
 */
public class SvcSemanticHighlighting implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			CrossReference crossReference = GrammarUtil.containingCrossReference(node.getGrammarElement());
			// the outermost node of a name that refers (its grammar element is, or is inside, the cross-reference)
			if (crossReference != null && node.getParent() != null
					&& GrammarUtil.containingCrossReference(node.getParent().getGrammarElement()) == null) {
				reference(node, crossReference, acceptor);
			}
		}
		resource.getAllContents().forEachRemaining(element -> declaration(element, acceptor));
	}

	private static void reference(INode node, CrossReference crossReference, IHighlightedPositionAcceptor acceptor) {
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference(crossReference);
		if (owner == null || reference == null) {
			return;
		}
		Object target = reference.isMany() ? resolvedAt(owner, reference, node) : owner.eGet(reference, true);
		if (target instanceof EObject resolved && !resolved.eIsProxy()) {
			acceptor.addPosition(node.getOffset(), node.getLength(), type(resolved.eClass()));
		}
	}

	/** The target of the name written at this node of a many-valued reference. */
	private static Object resolvedAt(EObject owner, EReference reference, INode node) {
		java.util.List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		int index = nodes.indexOf(node);
		java.util.List<?> targets = (java.util.List<?>) owner.eGet(reference, true);
		return index >= 0 && index < targets.size() ? targets.get(index) : null;
	}

	private static void declaration(EObject element, IHighlightedPositionAcceptor acceptor) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name == null || element.eGet(name) == null) {
			return;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(element, name)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), type(element.eClass()), SemanticTokenModifiers.Declaration);
		}
	}

	static String type(EClass type) {
		SvcPackage svc = SvcPackage.eINSTANCE;
		if (svc.getService().isSuperTypeOf(type)) {
			return SemanticTokenTypes.Namespace;
		}
		if (svc.getBlueprint().isSuperTypeOf(type)) {
			return SemanticTokenTypes.Class;
		}
		if (svc.getStep().isSuperTypeOf(type)) {
			return SemanticTokenTypes.Function;
		}
		if (svc.getTouchpoint().isSuperTypeOf(type) || svc.getEvent().isSuperTypeOf(type)) {
			return SemanticTokenTypes.Event;
		}
		if (svc.getChannel().isSuperTypeOf(type) || svc.getRole().isSuperTypeOf(type) || svc.getSegment().isSuperTypeOf(type)) {
			return SemanticTokenTypes.Type;
		}
		return SemanticTokenTypes.Variable;
	}
}
