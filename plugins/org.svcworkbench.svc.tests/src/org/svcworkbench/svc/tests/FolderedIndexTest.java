package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.scoping.FolderContainerManager;
import org.svcworkbench.svc.scoping.FolderedChunks;
import org.svcworkbench.svc.scoping.FolderedIndex;

/**
 * The language server's index lists each folder's files as a pass over the whole index would find
 * them, in the same order, however files come, go and are indexed again; a folder's scope gets them
 * without that pass, which made reading a large workspace quadratic.
 */
class FolderedIndexTest {

	private static final List<URI> FOLDERS = List.of(URI.createFileURI("/w/shop"), URI.createFileURI("/w/shop/kiosk"),
			URI.createFileURI("/w/hotel"), URI.createFileURI("/x/shop"));

	@Test
	void eachFolderListsItsFilesInTheIndexOrderThroughAddsRemovesAndReindexing() {
		Random random = new Random(19);
		FolderedIndex foldered = new FolderedIndex(List.of(file("/w/shop/a.svc"), file("/w/hotel/a.svc")));
		ResourceDescriptionsData plain = new ResourceDescriptionsData(List.of(file("/w/shop/a.svc"), file("/w/hotel/a.svc")));
		for (int step = 0; step < 2_000; step++) {
			URI uri = FOLDERS.get(random.nextInt(FOLDERS.size())).appendSegment("f" + random.nextInt(6) + ".svc");
			switch (random.nextInt(3)) {
			case 0 -> {
				foldered.register(new DefaultResourceDescriptionDelta(file(uri.toFileString()), null));
				plain.removeDescription(uri);
			}
			case 1 -> { // as Xtext's builder indexes a file: its former description goes, the new one comes last
				IResourceDescription.Delta delta = new DefaultResourceDescriptionDelta(file(uri.toFileString()), file(uri.toFileString()));
				foldered.register(delta);
				plain.register(delta);
			}
			default -> {
				IResourceDescription description = file(uri.toFileString());
				foldered.addDescription(uri, description);
				plain.addDescription(uri, description);
			}
			}
			for (URI folder : FOLDERS) {
				assertEquals(list(FolderContainerManager.filesIn(plain, folder)), list(foldered.filesIn(folder)),
						"files of " + folder + " after step " + step);
			}
		}
		ResourceDescriptionsData copy = foldered.copy();
		for (URI folder : FOLDERS) {
			assertEquals(list(foldered.filesIn(folder)), list(FolderContainerManager.filesIn(copy, folder)), "a copy lists them too");
		}
		assertEquals(FolderedIndex.class, copy.getClass());
	}

	@Test
	void aFolderOfAWorkspaceIsListedWithoutAPassOverItsIndex() {
		FolderedIndex project = new FolderedIndex(List.of(file("/w/shop/a.svc"), file("/w/hotel/a.svc"), file("/w/shop/b.svc"))) {
			@Override
			public Iterable<IResourceDescription> getAllResourceDescriptions() {
				throw new AssertionError("a pass over the whole index");
			}
		};
		ResourceDescriptionsData other = new ResourceDescriptionsData(List.of(file("/w/shop/c.svc"), file("/x/shop/a.svc")));
		Map<String, ResourceDescriptionsData> chunks = new LinkedHashMap<>();
		chunks.put("portfolio", project);
		chunks.put("other", other); // a project whose index is Xtext's own: passed over
		FolderedChunks workspace = new FolderedChunks(chunks, new XtextResourceSet());
		List<URI> expected = new ArrayList<>();
		for (ResourceDescriptionsData chunk : List.of(workspace.getContainer("portfolio"), workspace.getContainer("other"))) {
			expected.addAll(chunk == project ? List.of(uri("/w/shop/a.svc"), uri("/w/shop/b.svc")) : List.of(uri("/w/shop/c.svc")));
		}
		assertEquals(expected, list(FolderContainerManager.filesIn(workspace, URI.createFileURI("/w/shop"))));
		assertEquals(List.of(), list(FolderContainerManager.filesIn(workspace, URI.createFileURI("/w"))), "not the sub-folders' files");
		ResourceSetBasedResourceDescriptions loaded = new ResourceSetBasedResourceDescriptions();
		loaded.setContext(new XtextResourceSet());
		assertEquals(List.of(), list(FolderContainerManager.filesIn(loaded, URI.createFileURI("/w/shop"))), "any other index is passed over");
	}

	private static List<URI> list(Iterable<URI> files) {
		List<URI> list = new ArrayList<>();
		files.forEach(list::add);
		return list;
	}

	private static URI uri(String path) {
		return URI.createFileURI(path);
	}

	private static IResourceDescription file(String path) {
		return new FileWithoutNames(uri(path));
	}

	/** A file's description as the index holds it; what it exports does not matter here. */
	private static final class FileWithoutNames extends AbstractResourceDescription {
		private final URI uri;

		FileWithoutNames(URI uri) {
			this.uri = uri;
		}

		@Override
		public URI getURI() {
			return uri;
		}

		@Override
		protected List<IEObjectDescription> computeExportedObjects() {
			return Collections.emptyList();
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			return Collections.emptyList();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			return Collections.emptyList();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
			return Collections.emptyList();
		}
	}
}
