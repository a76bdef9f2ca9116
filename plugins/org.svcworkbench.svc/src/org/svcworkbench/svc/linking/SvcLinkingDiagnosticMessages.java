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
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.svcworkbench.svc.parser.Articles;
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
					? capitalised(noun(type)) + " '" + shownName + "' is declared in " + owner(qualified.get(0)) + ": from here write '"
							+ SvcSyntaxErrorMessages.shown(qualified.get(0)) + "'."
					: capitalised(noun(type)) + " '" + shownName + "' is declared in " + qualified.size() + " places ("
							+ qualified.stream().map(this::owner).collect(Collectors.joining(", ")) + "): write the one you mean, "
							+ qualified.stream().map(q -> "'" + SvcSyntaxErrorMessages.shown(q) + "'").collect(Collectors.joining(" or ")) + ".";
			return diagnostic(message, name, qualified);
		}
		EClass otherKind = otherKindNamed(context.getContext(), name, type);
		if (otherKind != null) {
			return diagnostic("'" + shownName + "' is " + Articles.withArticle(noun(otherKind)) + ", not "
					+ Articles.withArticle(noun(type)) + ": name " + Articles.withArticle(noun(type)) + " here ("
					+ declaration(type) + ").", name, List.of());
		}
		List<String> simpleNames = visible.stream().filter(n -> n.indexOf('.') < 0 || name.indexOf('.') >= 0).toList();
		List<String> suggestions = NameSuggestions.ranked(name, simpleNames, MOST_SUGGESTIONS);
		String best = NameSuggestions.best(name, simpleNames);
		if (best != null && NameSuggestions.differInScriptOnly(name, best)) {
			return diagnostic("Unknown " + noun(type) + " '" + shownName + "': it is declared in simplified characters, '"
					+ SvcSyntaxErrorMessages.shown(best) + "': write it that way.", name, suggestions);
		}
		if (best != null) {
			return diagnostic("Unknown " + noun(type) + " '" + shownName + "': did you mean '" + SvcSyntaxErrorMessages.shown(best)
					+ "'?", name, suggestions);
		}
		String declared = vocabulary.isReserved(name) ? "^" + name : name; // how the declaration must spell it
		return diagnostic("Unknown " + noun(type) + " '" + shownName + "': " + hint(type, SvcSyntaxErrorMessages.shown(declared)),
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
		return "service " + SvcSyntaxErrorMessages.shown(qualifiedName.substring(0, qualifiedName.lastIndexOf('.')));
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
		URI folder = self.trimSegments(1); // a workspace indexes many folders; each is a model of its own
		try {
			for (IResourceDescription file : index.getResourceDescriptions(resource.getResourceSet()).getAllResourceDescriptions()) {
				if (!file.getURI().trimSegments(1).equals(folder) || file.getURI().equals(self)) {
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

	public static String noun(EClass type) {
		SvcPackage p = SvcPackage.eINSTANCE;
		if (type == p.getAnchor()) return "event or standard";
		if (type == p.getCue()) return "evidence cue";
		if (type == p.getLifecycleStage()) return "matrix stage";
		return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** How an element of the kind is declared, for a message that asks for one. */
	private static String declaration(EClass type) {
		SvcPackage p = SvcPackage.eINSTANCE;
		if (type == p.getChannel()) return "declare one with 'channel ...' in a .svc file of this folder";
		if (type == p.getRole()) return "declare one with 'role ...' in a 'people' block or a shared file";
		if (type == p.getSegment()) return "declare one with 'segment ...' in a .svc file of this folder";
		if (type == p.getAnchor()) return "declare one with 'event ...' in the 'standards' block, or name a standard";
		if (type == p.getRecord()) return "declare one with 'record ...' in the 'standards' block";
		if (type == p.getCue()) return "declare one with 'cue ...' in the service's 'evidence' block";
		if (type == p.getStep()) return "flows connect steps of the same blueprint";
		if (type == p.getPain()) return "declare one with 'pain ... \"...\"' in the same proposition";
		if (type == p.getTouchpoint()) return "declare one with 'touchpoint ...' in the service's journey";
		return "declare one, or fix the spelling";
	}

	private static String hint(EClass type, String name) {
		SvcPackage p = SvcPackage.eINSTANCE;
		if (type == p.getChannel()) return "declare it with 'channel " + name + "' in a .svc file of this folder, or fix the spelling.";
		if (type == p.getRole()) return "declare it with 'role " + name + "' (in a 'people' block or a shared file), or fix the spelling.";
		if (type == p.getSegment()) return "declare it with 'segment " + name + " { ... }' in a .svc file of this folder, or fix the spelling.";
		if (type == p.getAnchor()) return "declare 'event " + name + "' in the 'standards' block, or name an existing standard.";
		if (type == p.getRecord()) return "declare it with 'record " + name + "' in the 'standards' block, or fix the spelling.";
		if (type == p.getCue()) return "declare it with 'cue " + name + "' in the service's 'evidence' block, or fix the spelling.";
		if (type == p.getStep()) return "flows connect steps of the same blueprint; declare 'step " + name + " ...' in it, or fix the spelling.";
		if (type == p.getPain()) return "declare it with 'pain " + name + " \"...\"' in the same proposition, or fix the spelling.";
		if (type == p.getLifecycleStage()) return "add it to the matrix's 'stages' list, or fix the spelling.";
		if (type == p.getBlueprint()) return "declare it with 'blueprint " + name + " { ... }' in this service, or fix the spelling.";
		if (type == p.getTouchpoint()) return "declare it with 'touchpoint " + name + "' in the service's journey, or fix the spelling.";
		if (type == p.getService()) return "declare it with 'service " + name + " { ... }' in a .svc file of this folder, or fix the spelling.";
		return "declare it, or fix the spelling.";
	}
}
