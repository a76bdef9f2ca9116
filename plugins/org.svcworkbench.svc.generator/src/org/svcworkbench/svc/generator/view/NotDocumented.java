package org.svcworkbench.svc.generator.view;

import java.util.List;

/**
 * What the index pages say a run left out because of errors: the services not documented, and the
 * other files with errors. A file of channels, segments or roles that does not parse holds no
 * service, yet what it declares is missing from the pages; without it being named, a model whose
 * only file could not be read gave an empty index that said nothing.
 *
 * @param services the services not documented, in folder and file order
 * @param files where the other files with errors are (as {@link SkippedService#where()}: the file and its first error's line), in folder and file order
 */
public record NotDocumented(List<SkippedService> services, List<String> files) {

	public static final NotDocumented NOTHING = new NotDocumented(List.of(), List.of());

	public NotDocumented {
		services = List.copyOf(services);
		files = List.copyOf(files);
	}

	public boolean isEmpty() {
		return services.isEmpty() && files.isEmpty();
	}
}
