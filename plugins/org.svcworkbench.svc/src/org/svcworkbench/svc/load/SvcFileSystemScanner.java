package org.svcworkbench.svc.load;

import java.io.File;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

/**
 * The language server's view of a workspace folder, by {@link SvcFolders}' rules: the same files
 * as {@code svc validate} of that folder, so a copy under {@code target/} or a folder holding a
 * {@value SvcFolders#IGNORE_MARKER} never adds duplicate names to the editor's model.
 */
public class SvcFileSystemScanner extends IFileSystemScanner.JavaIoFileSystemScanner {

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		super.scanRec(new File(root.toFileString()), acceptor); // the folder the editor opened is never skipped
	}

	@Override
	public void scanRec(File file, IAcceptor<URI> acceptor) {
		if (file.isDirectory() && SvcFolders.skipped(file.toPath())) {
			return;
		}
		super.scanRec(file, acceptor);
	}
}
