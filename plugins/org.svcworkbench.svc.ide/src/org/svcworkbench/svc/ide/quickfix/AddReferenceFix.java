package org.svcworkbench.svc.ide.quickfix;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.validation.IssueCodes;

/**
 * An element that lacks a reference its finding asks for (a touchpoint's owner or channel, a
 * standard's owner, a visible step's evidence): one proposal per name the element could refer to,
 * as completion would offer them, each adding "keyword name" to the element's block.
 */
final class AddReferenceFix implements Quickfix {

	private static final int MOST_NAMES = 6;

	private final String code;
	private final Class<? extends EObject> type;
	private final EReference reference;
	private final String keyword;
	private final String label;

	/** label: the key of the proposal's text, whose {0} is the name. */
	private AddReferenceFix(String code, Class<? extends EObject> type, EReference reference, String keyword, String label) {
		this.code = code;
		this.type = type;
		this.reference = reference;
		this.keyword = keyword;
		this.label = label;
	}

	static List<AddReferenceFix> all() {
		return List.of(
				new AddReferenceFix(IssueCodes.TOUCHPOINT_NO_OWNER, Touchpoint.class, SvcPackage.Literals.TOUCHPOINT__OWNER, "owner",
						"fix.owner"),
				new AddReferenceFix(IssueCodes.TOUCHPOINT_NO_CHANNEL, Touchpoint.class, SvcPackage.Literals.TOUCHPOINT__CHANNEL, "channel",
						"fix.channel"),
				new AddReferenceFix(IssueCodes.STANDARD_NO_OWNER, Standard.class, SvcPackage.Literals.STANDARD__OWNER, "owner",
						"fix.owner"),
				new AddReferenceFix(IssueCodes.STEP_NO_EVIDENCE, Step.class, SvcPackage.Literals.STEP__EVIDENCE, "shows",
						"fix.evidence"));
	}

	@com.google.inject.Inject
	private IScopeProvider scopes;

	@Override
	public String code() {
		return code;
	}

	/** The names an element could refer to by the reference, as completion would offer them, sorted. */
	static TreeSet<String> namesInScope(IScopeProvider scopes, EObject element, EReference reference) {
		TreeSet<String> names = new TreeSet<>();
		for (IEObjectDescription candidate : scopes.getScope(element, reference).getAllElements()) {
			names.add(candidate.getName().toString());
		}
		return names;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		EObject element = context.find(type);
		if (element == null) {
			return;
		}
		namesInScope(scopes, element, reference).stream().limit(MOST_NAMES).forEach(name -> proposals.accept(context.say(label, name),
				List.of(context.addToBlock(element, List.of(keyword + " " + name)))));
	}
}
