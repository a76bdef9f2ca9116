package org.svcworkbench.svc.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Names nested in a service are reachable relative to their container and by qualified name, as
 * Xtext's local scoping does; the .svc language has no import statements, so looking for them on
 * every container of every reference (about a tenth of linking time) is skipped.
 */
public class SvcLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		return List.of();
	}
}
