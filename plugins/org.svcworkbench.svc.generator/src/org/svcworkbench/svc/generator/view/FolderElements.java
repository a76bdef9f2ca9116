package org.svcworkbench.svc.generator.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;

/**
 * Elements a service shares with its folder: segments, stakeholders and portfolios are often
 * declared once, at the top of a folder's files, for all its services.
 */
final class FolderElements {

	private FolderElements() {
	}

	/** Elements of a kind declared in the service, then at the top of its folder's files, in file order. */
	static <T extends EObject> List<T> declared(Service service, Class<T> type) {
		List<T> result = new ArrayList<>();
		service.getMembers().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
		Resource own = service.eResource();
		List<Resource> resources = own == null ? List.of() : own.getResourceSet() == null ? List.of(own) : own.getResourceSet().getResources();
		for (Resource resource : resources.stream().sorted(Comparator.comparing(r -> String.valueOf(r.getURI()))).toList()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				model.getElements().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
			}
		}
		return result;
	}
}
