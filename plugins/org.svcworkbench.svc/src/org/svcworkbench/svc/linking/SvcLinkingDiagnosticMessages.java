package org.svcworkbench.svc.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.svcworkbench.svc.scoping.FolderContainerManager;
import org.svcworkbench.svc.words.Findings;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.parser.SyntaxVocabulary;
import org.svcworkbench.svc.svc.SvcPackage;

import com.google.inject.Inject;

/**
 * What an unknown name most likely is, in one message: a name declared in another service (write
 * it with the service's name), a name of another kind (a record where an event is expected), a
 * misspelling of a declared name ("did you mean"), or a name still to declare. The issue data holds
 * the name as written, then the names that would fix it, best first (the quick fix offers them).
 */
public class SvcLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	@Inject private SyntaxVocabulary vocabulary;
	@Inject private IScopeProvider scopes;
	@Inject private ResourceDescriptionsProvider index;
	@Inject private Findings findings;

	public static final String UNKNOWN_REFERENCE = "svc.unknown-reference";

	private static final int MOST_SUGGESTIONS = 4;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = linkText(context);
		EClass type = context.getReference().getEReferenceType();
		String shownName = SvcSyntaxErrorMessages.shown(name);
		List<String> visible = visibleNames(context);

		List<String> qualified = visible.stream().filter(n -> n.endsWith("." + name)).sorted().toList();
		if (!qualified.isEmpty()) {
			String message = qualified.size() == 1
					? findings.text("link.qualified.one", findings.kindCapitalised(type), shownName, owner(qualified.get(0)),
							SvcSyntaxErrorMessages.shown(qualified.get(0)))
					: findings.text("link.qualified.many", findings.kindCapitalised(type), shownName, qualified.size(),
							findings.listed(qualified.stream().map(this::owner).toList()),
							qualified.stream().map(q -> findings.quoted(SvcSyntaxErrorMessages.shown(q))).collect(Collectors.joining(findings.text("list.or"))));
			return diagnostic(message, name, qualified);
		}
		EClass otherKind = otherKindNamed(context.getContext(), name, type);
		if (otherKind != null) {
			return diagnostic(findings.text("link.other-kind", shownName, findings.a(findings.kind(otherKind)),
					findings.a(findings.kind(type)), declaration(type)), name, List.of());
		}
		List<String> simpleNames = visible.stream().filter(n -> n.indexOf('.') < 0 || name.indexOf('.') >= 0).toList();
		List<String> suggestions = NameSuggestions.ranked(name, simpleNames, MOST_SUGGESTIONS);
		String best = NameSuggestions.best(name, simpleNames);
		if (best != null && NameSuggestions.differInScriptOnly(name, best)) {
			return diagnostic(findings.text("link.simplified", findings.kind(type), shownName, SvcSyntaxErrorMessages.shown(best)),
					name, suggestions);
		}
		if (best != null) {
			return diagnostic(findings.text("link.did-you-mean", findings.kind(type), shownName, SvcSyntaxErrorMessages.shown(best)),
					name, suggestions);
		}
		String declared = vocabulary.isReserved(name) ? "^" + name : name; // how the declaration must spell it
		return diagnostic(findings.text("link.unknown", findings.kind(type), shownName, hint(type, SvcSyntaxErrorMessages.shown(declared))),
				name, suggestions);
	}

	private static String linkText(ILinkingDiagnosticContext context) {
		try {
			return context.getLinkText();
		} catch (IllegalNodeException e) {
			return e.getNode().getText();
		}
	}

	private static DiagnosticMessage diagnostic(String message, String name, List<String> fixes) {
		List<String> data = new ArrayList<>();
		data.add(name);
		data.addAll(fixes);
		return new DiagnosticMessage(message, Severity.ERROR, UNKNOWN_REFERENCE, data.toArray(String[]::new));
	}

	/** The names the reference could take, as the scope spells them (simple or qualified). */
	private List<String> visibleNames(ILinkingDiagnosticContext context) {
		List<String> names = new ArrayList<>();
		try {
			for (IEObjectDescription candidate : scopes.getScope(context.getContext(), context.getReference()).getAllElements()) {
				names.add(candidate.getName().toString());
			}
		} catch (RuntimeException e) {
			// a scope that cannot be computed in a broken model: the plain message still helps
		}
		return names;
	}

	/** "service Cafe" for Cafe.barista. */
	private String owner(String qualifiedName) {
		return findings.text("link.owner", SvcSyntaxErrorMessages.shown(qualifiedName.substring(0, qualifiedName.lastIndexOf('.'))));
	}

	/** The kind of another element of this model with that name, or null. */
	private EClass otherKindNamed(EObject context, String name, EClass expected) {
		Resource resource = context.eResource();
		if (resource == null) {
			return null;
		}
		String last = name.substring(name.lastIndexOf('.') + 1);
		for (EObject element : (Iterable<EObject>) () -> resource.getAllContents()) {
			if (named(element, last) && !expected.isSuperTypeOf(element.eClass())) {
				return element.eClass();
			}
		}
		if (resource.getResourceSet() == null) {
			return null;
		}
		URI self = resource.getResourceSet().getURIConverter().normalize(resource.getURI()); // as descriptions have it
		try {
			// A workspace indexes many folders, each a model of its own: only the file's folder is looked at.
			IResourceDescriptions workspace = index.getResourceDescriptions(resource.getResourceSet());
			for (URI sibling : FolderContainerManager.filesIn(workspace, self.trimSegments(1))) {
				IResourceDescription file = sibling.equals(self) ? null : workspace.getResourceDescription(sibling);
				if (file == null) {
					continue;
				}
				for (IEObjectDescription element : file.getExportedObjects()) {
					if (element.getName().getLastSegment().equals(last) && !expected.isSuperTypeOf(element.getEClass())) {
						return element.getEClass();
					}
				}
			}
		} catch (RuntimeException e) {
			// no index (a resource outside a resource set): the own file was searched
		}
		return null;
	}

	private static boolean named(EObject element, String name) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		return feature != null && name.equals(element.eGet(feature));
	}

	/** How an element of the kind is declared, for a message that asks for one. */
	private String declaration(EClass type) {
		String key = "link.declare." + type.getName();
		return findings.has(key) ? findings.text(key) : findings.text("link.declare");
	}

	private String hint(EClass type, String name) {
		String key = "link.hint." + type.getName();
		return findings.has(key) ? findings.text(key, name) : findings.text("link.hint");
	}
}
