package org.svcworkbench.svc.ui.search;

import org.eclipse.core.resources.IFile;

/** A line of a file with references on it: what the Search view lists under the file. */
public record ReferenceLine(IFile file, int line, String text) {
}
