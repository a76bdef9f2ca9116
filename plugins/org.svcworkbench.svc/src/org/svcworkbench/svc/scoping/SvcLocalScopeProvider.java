package org.svcworkbench.svc.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Names nested in a service are reachable relative to their container and by qualified name, as
 * Xtext's local scoping does. Two things are cheaper here: the .svc language has no import
 * statements, so they are not looked for on every container of every reference; and the scope of
 * a reference depends only on its nearest named container and the referenced type, so it is built
 * once per pair and kept in the resource's cache (cleared whenever the resource changes) instead
 * of once per reference. The names of a file's own objects come from its resource description,
 * which the index computes anyway, rather than from a second walk of the file.
 */
public class SvcLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache scopes;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || isIgnoreCase(reference)) {
			return super.getScope(context, reference);
		}
		EObject owner = nearestNamed(context);
		return scopes.get(Tuples.create(SvcLocalScopeProvider.class, owner, reference.getEReferenceType()), resource,
				() -> super.getScope(owner, reference));
	}

	/**
	 * The context itself or its nearest container with a qualified name, else the root: unnamed
	 * objects add nothing to the scope of their container.
	 */
	private EObject nearestNamed(EObject context) {
		EObject object = context;
		while (object.eContainer() != null && getQualifiedNameProvider().getFullyQualifiedName(object) == null) {
			object = object.eContainer();
		}
		return object;
	}

	/** Every object with a qualified name: what the default description strategy exports. */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		return descriptions.getResourceDescription(resource);
	}

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		return List.of();
	}
}
