package org.svcworkbench.svc.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by the build). */
class SvcVersion implements IVersionProvider {
	@Override
	public String[] getVersion() {
		String version = SvcVersion.class.getPackage().getImplementationVersion();
		return new String[] { "svc " + (version == null ? "(development build)" : version) };
	}
}
