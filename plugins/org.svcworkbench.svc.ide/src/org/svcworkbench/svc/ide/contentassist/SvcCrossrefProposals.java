package org.svcworkbench.svc.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;

/**
 * A name proposed where a reference goes says what it names: "barista", with "Barista (role)"
 * beside it, the label as the designer wrote it and the kind of element in the findings' language.
 */
public class SvcCrossrefProposals extends IdeCrossrefProposalProvider {

	@Inject
	private Findings findings;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null && candidate.getEClass() != null) {
			String kind = findings.kind(candidate.getEClass());
			String label = labelOf(candidate, context);
			entry.setDescription(label == null ? "(" + kind + ")" : label + " (" + kind + ")");
		}
		return entry;
	}

	private static String labelOf(IEObjectDescription candidate, ContentAssistContext context) {
		EObject element = candidate.getEObjectOrProxy();
		if (element != null && element.eIsProxy() && context.getResource() != null) {
			element = EcoreUtil.resolve(element, context.getResource());
		}
		if (element == null || element.eIsProxy()) {
			return null;
		}
		EStructuralFeature label = element.eClass().getEStructuralFeature("label");
		return label != null && element.eGet(label) instanceof String text && !text.isBlank() ? text : null;
	}
}
