package org.svcworkbench.svc.design.tests.odesign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Assumptions;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.vocabulary.VocabularyPackage;

/**
 * Sirius' description metamodels from ../shared/sirius-metamodel (Sirius itself is on no reachable
 * registry), ready to load .odesign files with plain EMF, strictly: unknown attributes, illegal enum
 * literals, unknown xsi:types and unresolved references are load errors with a line number.
 */
public final class SiriusMetamodels {

	/** Sirius computes these in Java; EMF's Diagnostician reports them falsely as unset or wrong. */
	public static final List<String> DERIVED_IN_JAVA = List.of("Group.systemColorsPalette", "TableDescription.allLineMappings",
			"EditionTableDescription.allColumnMappings", "RepresentationCreationDescription.representationDescription",
			"RepresentationNavigationDescription.representationDescription");

	private static final String[] ECORES = { "org.eclipse.sirius.model/model/viewpoint.ecore",
			"org.eclipse.sirius.diagram.model/model/diagram.ecore", "org.eclipse.sirius.table.model/model/table.ecore" };

	private final Path folder;
	private final ResourceSet resourceSet = new ResourceSetImpl();

	private SiriusMetamodels(Path folder) throws IOException {
		this.folder = folder;
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore", EcorePackage.eINSTANCE);
		for (String ecore : ECORES) {
			Resource resource = resourceSet.getResource(URI.createFileURI(folder.resolve(ecore).toString()), true);
			for (Object content : resource.getContents()) {
				register((EPackage) content);
			}
		}
		// Resolve every cross-reference of the metamodels now: EMF reads reference keys (eKeys) without
		// resolving them when it names an object, and a proxy there breaks the Diagnostician.
		EcoreUtil.resolveAll(resourceSet);
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
				URI.createFileURI(folder.resolve("org.eclipse.sirius.model/model/Environment.odesign").toString()));
		// The language's own packages, as generated: <metamodel href="http://www.svcworkbench.org/svc/1.0#/"/> resolves to them.
		resourceSet.getPackageRegistry().put(SvcPackage.eNS_URI, SvcPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(VocabularyPackage.eNS_URI, VocabularyPackage.eINSTANCE);
	}

	private void register(EPackage ePackage) {
		resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		for (EPackage sub : ePackage.getESubpackages()) {
			register(sub);
		}
	}

	private static SiriusMetamodels shared;

	/**
	 * The metamodels in ../shared (loaded once), or the calling test is skipped with a message saying
	 * where they were looked for. Call it from each test or @BeforeEach: a skip in @BeforeAll loses its message.
	 */
	public static synchronized SiriusMetamodels fromSharedFolder() throws IOException {
		Path folder = sharedFolder();
		Assumptions.assumeTrue(folder != null && Files.isRegularFile(folder.resolve(ECORES[0])),
				() -> "Skipped: Sirius' metamodels are not at " + folder + " (../shared/sirius-metamodel beside the repository; "
						+ "build with -Dsirius.metamodel=FOLDER to point elsewhere), so the .odesign cannot be checked here.");
		if (shared == null) {
			shared = new SiriusMetamodels(folder);
		}
		return shared;
	}

	public static Path sharedFolder() {
		String configured = System.getProperty("svc.sirius.metamodel");
		return configured == null || configured.isBlank() ? null : Path.of(configured).toAbsolutePath().normalize();
	}

	/** The result of loading: the resource (when it loaded) and every error with its line and column. */
	public record Loaded(Resource resource, List<String> errors) {
	}

	/** Loads an .odesign strictly into a fresh resource of this resource set. */
	public Loaded load(Path odesign) {
		Resource resource = resourceSet.createResource(URI.createFileURI(odesign.toAbsolutePath().toString()));
		List<String> errors = new ArrayList<>();
		try {
			// No OPTION_RECORD_UNKNOWN_FEATURE (Sirius' own factory sets it, which hides typos).
			resource.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
		} catch (IOException | RuntimeException e) {
			errors.add("cannot load: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			errors.add(odesign.getFileName() + ":" + error.getLine() + ":" + error.getColumn() + " " + error.getMessage());
		}
		return new Loaded(resource, errors);
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	public Path folder() {
		return folder;
	}
}
