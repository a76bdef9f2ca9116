package org.svcworkbench.svc.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.Event;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.Touchpoint;

/** Symbol kinds, which editors turn into icons: a service is a module, its sections structs, steps functions. */
public class SvcSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(org.eclipse.emf.ecore.EClass clazz) {
		return kind(clazz.getInstanceClass());
	}

	@Override
	public SymbolKind getSymbolKind(EObject object) {
		if (object != null && SvcSymbolNames.attribute(object, "name") == null && SvcSymbolNames.isSection(object)) {
			return SymbolKind.Struct;
		}
		return object == null ? SymbolKind.Property : kind(object.eClass().getInstanceClass());
	}

	private static SymbolKind kind(Class<?> type) {
		if (type == null) {
			return SymbolKind.Property;
		}
		if (Service.class.isAssignableFrom(type)) {
			return SymbolKind.Module;
		}
		if (Blueprint.class.isAssignableFrom(type)) {
			return SymbolKind.Class;
		}
		if (Step.class.isAssignableFrom(type)) {
			return SymbolKind.Function;
		}
		if (Touchpoint.class.isAssignableFrom(type)) {
			return SymbolKind.Event;
		}
		if (Channel.class.isAssignableFrom(type) || Role.class.isAssignableFrom(type) || Segment.class.isAssignableFrom(type)) {
			return SymbolKind.Interface;
		}
		if (Event.class.isAssignableFrom(type)) {
			return SymbolKind.Event;
		}
		return SymbolKind.Property;
	}
}
