package org.svcworkbench.svc.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.svcworkbench.svc.svc.TopLevelElement;

import com.google.inject.Inject;

/**
 * Which files of a model declare which top-level names, built once per state of the model and kept
 * on its resource set, so that checking every element against every other file stays linear.
 * Files with syntax errors are left out: what error recovery made of them is no declaration.
 */
public class DeclarationsIndex {

	@Inject private ResourceDescriptionsProvider indexProvider;
	@Inject private IQualifiedNameProvider names;

	private record Key(EClass type, QualifiedName name) {
	}

	/** The index built from one list of resource descriptions; rebuilt when any of them changes. */
	private static final class Cache extends AdapterImpl {
		List<IResourceDescription> basis = List.of();
		Map<Key, List<URI>> files = Map.of();
	}

	/**
	 * Another file of the model declaring an element of the same kind and name, or null. The index
	 * is looked up once per validation run and remembered in its context.
	 */
	public URI otherDeclaration(TopLevelElement element, Map<Object, Object> validationContext) {
		Resource resource = element.eResource();
		QualifiedName name = names.getFullyQualifiedName(element);
		if (resource == null || resource.getResourceSet() == null || name == null) {
			return null;
		}
		@SuppressWarnings("unchecked")
		Map<Key, List<URI>> index = (Map<Key, List<URI>>) validationContext.computeIfAbsent(DeclarationsIndex.class,
				k -> index(resource));
		List<URI> files = index.get(new Key(element.eClass(), name));
		if (files == null) {
			return null;
		}
		URI self = resource.getResourceSet().getURIConverter().normalize(resource.getURI()); // as descriptions have it
		URI folder = self.trimSegments(1); // a workspace indexes many folders; each is a model of its own
		for (URI file : files) {
			if (!file.equals(self) && file.trimSegments(1).equals(folder)) {
				return file;
			}
		}
		return null;
	}

	private synchronized Map<Key, List<URI>> index(Resource resource) {
		ResourceSet set = resource.getResourceSet();
		IResourceDescriptions descriptions = indexProvider.getResourceDescriptions(resource);
		List<IResourceDescription> basis = new ArrayList<>();
		descriptions.getAllResourceDescriptions().forEach(basis::add);
		Cache cache = (Cache) set.eAdapters().stream().filter(Cache.class::isInstance).findFirst().orElse(null);
		if (cache == null) {
			cache = new Cache();
			set.eAdapters().add(cache);
		}
		if (!sameElements(cache.basis, basis)) {
			cache.files = build(set, basis);
			cache.basis = basis;
		}
		return cache.files;
	}

	private static boolean sameElements(List<IResourceDescription> a, List<IResourceDescription> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	private static Map<Key, List<URI>> build(ResourceSet set, List<IResourceDescription> basis) {
		Map<Key, List<URI>> files = new HashMap<>();
		for (IResourceDescription description : basis) {
			Resource loaded = set.getResource(description.getURI(), false);
			if (loaded != null && SvcResourceValidator.hasSyntaxErrors(loaded)) {
				continue;
			}
			for (IEObjectDescription exported : description.getExportedObjects()) {
				if (TopLevelElement.class.isAssignableFrom(exported.getEClass().getInstanceClass())) {
					List<URI> declaring = files.computeIfAbsent(new Key(exported.getEClass(), exported.getName()), k -> new ArrayList<>(1));
					if (!declaring.contains(description.getURI())) {
						declaring.add(description.getURI());
					}
				}
			}
		}
		return files;
	}
}
