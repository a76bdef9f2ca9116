package org.svcworkbench.svc.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.svcworkbench.svc.svc.TopLevelElement;

import com.google.inject.Inject;

/**
 * Which other file of a model declares a top-level name, looked up by name in the index every
 * front end has (the command line's and the builder's per folder, a language server's for its
 * workspace), so that checking every element against every other file stays linear. An index
 * rebuilt from the whole workspace whenever a description changed cost a language server, which
 * replaces each description as it checks the file, a pass over every file per file checked.
 * Files with syntax errors are left out: what error recovery made of them is no declaration.
 */
public class DeclarationsIndex {

	@Inject private ResourceDescriptionsProvider indexProvider;
	@Inject private IQualifiedNameProvider names;

	/**
	 * Another file of the element's folder declaring an element of the same kind and name, or null;
	 * of several, the first by URI, so that every front end names the same one.
	 */
	public URI otherDeclaration(TopLevelElement element) {
		Resource resource = element.eResource();
		QualifiedName name = names.getFullyQualifiedName(element);
		if (resource == null || resource.getResourceSet() == null || name == null) {
			return null;
		}
		ResourceSet set = resource.getResourceSet();
		URI self = set.getURIConverter().normalize(resource.getURI()); // as descriptions have it
		URI folder = self.trimSegments(1); // a workspace indexes many folders; each is a model of its own
		URI first = null;
		for (IEObjectDescription declared : indexProvider.getResourceDescriptions(resource).getExportedObjects(element.eClass(), name, false)) {
			URI file = declared.getEObjectURI().trimFragment();
			if (declared.getEClass() != element.eClass() || file.equals(self) || !file.trimSegments(1).equals(folder)
					|| first != null && file.toString().compareTo(first.toString()) >= 0) {
				continue;
			}
			Resource loaded = set.getResource(file, false);
			if (loaded == null || !SvcResourceValidator.hasSyntaxErrors(loaded)) {
				first = file;
			}
		}
		return first;
	}
}
