package org.svcworkbench.svc.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.svcworkbench.svc.svc.JourneyStage;

/** The detail next to a symbol's name: its label, as people call it ("Corner Café", "点单"). */
public class SvcSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		if (object instanceof JourneyStage) {
			return SvcSymbolNames.attribute(object, "label");
		}
		String label = SvcSymbolNames.attribute(object, "name") == null ? null : SvcSymbolNames.attribute(object, "label");
		return label == null ? "" : label;
	}
}
