package org.svcworkbench.svc.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.parser.SyntaxVocabulary;
import org.svcworkbench.svc.svc.SvcPackage;

import com.google.inject.Inject;

/** "Unknown channel 'x': ..." with the declaration that would fix it. */
public class SvcLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	@Inject private SyntaxVocabulary vocabulary;

	public static final String UNKNOWN_REFERENCE = "svc.unknown-reference";

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		EClass type = context.getReference().getEReferenceType();
		String declared = vocabulary.isReserved(name) ? "^" + name : name; // how the declaration must spell it
		String message = "Unknown " + noun(type) + " '" + SvcSyntaxErrorMessages.shown(name) + "': "
				+ hint(type, SvcSyntaxErrorMessages.shown(declared));
		return new DiagnosticMessage(message, Severity.ERROR, UNKNOWN_REFERENCE, name);
	}

	public static String noun(EClass type) {
		SvcPackage p = SvcPackage.eINSTANCE;
		if (type == p.getAnchor()) return "event or standard";
		if (type == p.getCue()) return "evidence cue";
		if (type == p.getLifecycleStage()) return "matrix stage";
		return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
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
