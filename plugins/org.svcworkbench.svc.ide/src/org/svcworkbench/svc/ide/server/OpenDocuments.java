package org.svcworkbench.svc.ide.server;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IExternalContentSupport.IExternalContentProvider;

/** Which documents are open in the editors, attached to a project's resource set for its build. */
final class OpenDocuments extends AdapterImpl {

	private final IExternalContentProvider open;

	OpenDocuments(IExternalContentProvider open) {
		this.open = open;
	}

	static void attach(ResourceSet resources, IExternalContentProvider open) {
		resources.eAdapters().add(new OpenDocuments(open));
	}

	/** Whether the document is open; true when the resource set does not know (check as Xtext does). */
	static boolean isOpen(ResourceSet resources, URI document) {
		for (var adapter : resources.eAdapters()) {
			if (adapter instanceof OpenDocuments documents) {
				return documents.open.hasContent(document);
			}
		}
		return true;
	}
}
