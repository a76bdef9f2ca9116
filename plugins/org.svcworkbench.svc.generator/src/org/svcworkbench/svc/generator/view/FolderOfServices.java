package org.svcworkbench.svc.generator.view;

import java.util.List;

/**
 * The services of one folder model as the index pages list them: a portfolio's folders are how its
 * designers divided it (a business unit, a region), and a reader of a thousand services finds one
 * by its folder, not by scrolling a single table.
 *
 * @param name the folder as the index names it: its path below the listed folders' common ancestor ("north/shop"), or its own name
 * @param id the id of its part of the HTML index, which its services' pages link back to (null: none, numbered on the page)
 * @param services the index rows of its services documented, in file order
 */
public record FolderOfServices(String name, String id, List<ServiceSummary> services) {

	public FolderOfServices {
		services = List.copyOf(services);
	}

	/** A folder whose part of the index no page links to. */
	public FolderOfServices(String name, List<ServiceSummary> services) {
		this(name, null, services);
	}
}
