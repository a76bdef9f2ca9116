package org.svcworkbench.svc.scoping;

import org.eclipse.emf.common.util.URI;

/**
 * An index that knows which files lie in each folder. A folder's scope asks for its files once for
 * every file it checks; found by a pass over the whole index, they made a language server's reading
 * of 10,000 services quadratic (a fifth of its time went to those passes).
 */
public interface FilesByFolder {

	/** The indexed files right in the folder (not in its sub-folders), in the index's order. */
	Iterable<URI> filesIn(URI folder);
}
