package org.svcworkbench.svc.design.tests;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.svcworkbench.svc.design.Activator;

/** Where the tests find the viewpoint (inside the deployed design bundle) and the example models. */
public final class Viewpoint {
	private Viewpoint() {
	}

	/** svc.odesign as the design bundle ships it (so a file left out of build.properties fails here). */
	public static Path odesign() throws IOException {
		URL entry = Platform.getBundle(Activator.PLUGIN_ID).getEntry("description/svc.odesign");
		if (entry == null) {
			throw new IOException("the design bundle does not contain description/svc.odesign");
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}

	public static Path examples() {
		return Path.of(System.getProperty("svc.examples", "../../examples")).toAbsolutePath().normalize();
	}

	/**
	 * Loads every .svc file of an example folder the way Sirius would: a plain EMF resource set, the
	 * resource factory registered for "svc" by the design bundle's plugin.xml, cross-file links resolved.
	 */
	public static ResourceSet loadExample(String folder) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		List<Path> files;
		try (Stream<Path> listing = Files.list(examples().resolve(folder))) {
			files = listing.filter(p -> p.toString().endsWith(".svc")).sorted().toList();
		}
		for (Path file : files) {
			resourceSet.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	/** All instances of a type in a resource set, in document order. */
	public static <T extends EObject> List<T> all(ResourceSet resourceSet, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			resource.getAllContents().forEachRemaining(e -> {
				if (type.isInstance(e)) {
					found.add(type.cast(e));
				}
			});
		}
		return found;
	}
}
