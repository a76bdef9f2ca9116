package org.svcworkbench.svc.resource;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's builder, which the language servers run, writes no files for this language: the
 * documentation is written by `svc generate`, the Maven plugin and the Eclipse builder, from checked
 * folders. Xtext's default decides whether to generate by validating each file a second time, right
 * after the build validated it: a twelfth of a language server's reading of 10,000 services.
 */
public class NoFilesGenerated implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
