package org.svcworkbench.svc.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.linking.NameSuggestions;
import org.svcworkbench.svc.linking.SvcLinkingDiagnosticMessages;

import com.google.inject.Inject;

/**
 * A name that refers to nothing: change it to what the diagnostic names (the qualified name of an
 * element of another service, or a declared name spelt almost the same), or,
 * for things declared at the top of a file (channels, roles, segments ...), declare it at the end
 * of this file.
 */
final class UnknownReferenceFix implements Quickfix {

	private static final int MOST_NAMES = 4;

	/** What can be declared at the top of a file, by the keyword that declares it. */
	private static final Map<EClass, String> DECLARABLE = Map.of(SvcPackage.Literals.CHANNEL, "channel",
			SvcPackage.Literals.ROLE, "role", SvcPackage.Literals.SEGMENT, "segment", SvcPackage.Literals.STAKEHOLDER,
			"stakeholder", SvcPackage.Literals.EVENT, "event", SvcPackage.Literals.RECORD, "record");

	@Inject
	private IScopeProvider scopes;

	/** The diagnostic names its fixes; a diagnostic from an older server may not, so they are looked up again. */
	private List<String> suggestions(FixContext context, EReference reference, String written) {
		List<String> names = new ArrayList<>();
		for (IEObjectDescription candidate : scopes.getScope(context.element(), reference).getAllElements()) {
			names.add(candidate.getName().toString());
		}
		return NameSuggestions.ranked(written, names, MOST_NAMES);
	}

	@Override
	public String code() {
		return SvcLinkingDiagnosticMessages.UNKNOWN_REFERENCE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		INode node = NodeModelUtils.findLeafNodeAtOffset(context.resource().getParseResult().getRootNode(), context.start());
		// the name's node is the one whose grammar element sits in the cross-reference (a leaf, or a dotted name)
		while (node != null && GrammarUtil.containingCrossReference(node.getGrammarElement()) == null) {
			node = node.getParent();
		}
		if (node == null || context.element() == null) {
			return;
		}
		EReference reference = GrammarUtil.getReference(GrammarUtil.containingCrossReference(node.getGrammarElement()));
		if (reference == null) {
			return;
		}
		String written = NodeModelUtils.getTokenText(node);
		int start = node.getOffset();
		int end = node.getEndOffset();
		List<String> data = context.data();
		List<String> fixes = data.size() > 1 ? data.subList(1, data.size()) : suggestions(context, reference, written);
		fixes.stream().limit(MOST_NAMES)
				.forEach(name -> proposals.accept(context.say("fix.reference.change", name), List.of(context.replace(start, end, name))));
		String keyword = DECLARABLE.get(reference.getEReferenceType());
		if (keyword != null && !written.contains(".")) {
			String text = context.text();
			String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
			proposals.accept(context.say("fix.reference.declare", keyword, written),
					List.of(context.insert(text.length(), separator + keyword + " " + written + "\n")));
		}
	}
}
