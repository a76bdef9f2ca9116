package org.svcworkbench.svc.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.TouchpointGroup;

/**
 * Names in the outline and symbol lists: a declared element by its own name (not the qualified
 * one: the tree shows where it is); a section of a service (product, journey, blueprint's
 * neighbours ...), a journey stage and a touchpoint group by the words that open it
 * ("stage before"). Anything else is left out, so the outline stays a map of the service.
 */
public class SvcSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		String name = attribute(object, "name");
		if (name != null) {
			return name;
		}
		if (object == null || !isSection(object)) {
			return null;
		}
		if (object instanceof JourneyStage stage) {
			return "stage " + stage.getPhase().getLiteral();
		}
		if (object instanceof TouchpointGroup group) {
			return "group " + group.getLabel();
		}
		return openingKeyword(object);
	}

	static boolean isSection(EObject object) {
		EObject container = object.eContainer();
		return container instanceof Service || container instanceof Journey || container instanceof JourneyStage;
	}

	static String attribute(EObject object, String feature) {
		if (object == null) {
			return null;
		}
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		return f != null && object.eGet(f) instanceof String s && !s.isBlank() ? s : null;
	}

	private static String openingKeyword(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof Keyword keyword) {
					return keyword.getValue();
				}
			}
		}
		return object.eClass().getName();
	}
}
