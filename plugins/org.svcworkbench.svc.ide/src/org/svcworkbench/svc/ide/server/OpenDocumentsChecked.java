package org.svcworkbench.svc.ide.server;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A language server build that checks the open documents only, and only indexes the others: for
 * a language server whose client shows findings in its editors alone, and has them for the whole
 * workspace from elsewhere (the Eclipse workbench: its builder's markers). Checking every file
 * of a 10,000-service workspace kept the first editor waiting more than five minutes.
 */
public class OpenDocumentsChecked extends IncrementalBuilderWithoutIndexCopy.Launch {

	@Override
	protected boolean validate(Resource resource) {
		return !OpenDocuments.isOpen(resource.getResourceSet(), resource.getURI()) || super.validate(resource);
	}
}
