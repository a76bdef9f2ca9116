package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.Touchpoint;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;
import com.google.inject.Provider;

/** All .svc files of a folder form one model: names resolve across files, and clash across files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcCrossFileLinkingTest {

	@Inject private SvcModelLoader loader;
	@Inject private Provider<XtextResourceSet> resourceSets;
	@Inject private IResourceDescription.Manager descriptions;
	@Inject private IResourceValidator validator;
	@TempDir Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static final String LIBRARY = """
			channel 微信 "WeChat" {
				kind messaging
			}
			role advisor {
				position front
			}
			""";

	private static final String SERVICE = """
			service S {
				journey {
					stage before {
						touchpoint t {
							channel 微信
							owner advisor
						}
					}
				}
			}
			""";

	@Test
	void referencesResolveToTheOtherFile() throws IOException {
		Path lib = write("library.svc", LIBRARY);
		Path svc = write("service.svc", SERVICE);
		LoadedFolder loaded = loader.load(dir, List.of(svc));
		Model model = (Model) loaded.resourceSet().getResource(SvcModelLoader.uri(svc), true).getContents().get(0);
		Touchpoint t = ((Service) model.getElements().get(0)).getMembers().stream()
				.flatMap(m -> m.eContents().stream()).flatMap(s -> s.eContents().stream())
				.filter(Touchpoint.class::isInstance).map(Touchpoint.class::cast).findFirst().orElseThrow();
		assertSame(loaded.resourceSet().getResource(SvcModelLoader.uri(lib), true), t.getChannel().eResource());
		assertEquals("微信", t.getChannel().getName());
		List<SvcDiagnostic> errors = loader.validate(loaded).stream().filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void validatingOneFileStillSeesItsFolder() throws IOException {
		write("library.svc", LIBRARY);
		Path svc = write("service.svc", SERVICE);
		List<SvcDiagnostic> errors = loader.validate(List.of(svc)).stream()
				.filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void anotherFolderIsAnotherModel() throws IOException {
		write("lib/library.svc", LIBRARY);
		Path svc = write("app/service.svc", SERVICE);
		List<String> errors = loader.validate(List.of(dir)).stream().filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR)
				.map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.message()).toList();
		assertEquals(List.of(
				"service.svc:5:13 Unknown channel '微信': declare it with 'channel 微信' in a .svc file of this folder, or fix the spelling.",
				"service.svc:6:11 Unknown role 'advisor': declare it with 'role advisor' (in a 'people' block or a shared file), or fix the spelling."),
				errors);
		assertTrue(Files.exists(svc));
	}

	/**
	 * A loaded folder looks names up in an index of its files: without one, Xtext looked each name
	 * up in every file, and a folder of 1,000 files took 10.5 s to check instead of 6.8 s. A file read into
	 * the resource set later drops the index rather than be missed (the next test).
	 */
	@Test
	void aLoadedFolderIsIndexedUntilAnotherFileIsRead() throws IOException {
		Path library = write("shop/library.svc", LIBRARY);
		Path service = write("shop/service.svc", SERVICE);
		Path other = write("other/library.svc", LIBRARY);
		LoadedFolder shop = loader.load(dir.resolve("shop"), List.of(library, service));
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(shop.resourceSet());
		assertNotNull(index, "the folder is indexed");
		assertEquals(2, Iterables.size(index.getAllResourceDescriptions()), "both files");
		shop.resourceSet().getResource(SvcModelLoader.uri(other), true);
		assertNull(ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(shop.resourceSet()), "dropped once outdated");
	}

	@Test
	void foldersStaySeparateModelsInOneIndexAsInAWorkspace() throws IOException {
		// A language server or an Eclipse workspace indexes a whole tree in one resource set.
		Path shopLibrary = write("shop/library.svc", LIBRARY + "channel kiosk \"Kiosk\"\n");
		Path shopService = write("shop/service.svc", SERVICE);
		Path otherLibrary = write("other/library.svc", LIBRARY);
		Path otherService = write("other/service.svc", SERVICE.replace("channel 微信", "channel kiosk"));
		List<Path> all = List.of(shopLibrary, shopService, otherLibrary, otherService);
		LoadedFolder shop = loader.load(dir.resolve("shop"), List.of(shopLibrary, shopService));
		for (Path file : all) {
			shop.resourceSet().getResource(SvcModelLoader.uri(file), true);
		}
		List<String> errors = loader.validate(new LoadedFolder(dir, shop.resourceSet(), all)).stream()
				.filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR)
				.map(d -> dir.relativize(d.file()) + ":" + d.line() + ":" + d.column() + " " + d.message()).toList();
		assertEquals(List.of("other/service.svc:5:13 Unknown channel 'kiosk': declare it with 'channel kiosk' in a .svc file of this folder, "
				+ "or fix the spelling."), errors, "the same names in two folders are no clash; shop's kiosk is not other's");
	}

	@Test
	void checkingAFileOfAWorkspaceLooksAtTheOtherFoldersOnce() throws IOException {
		// A language server indexes its whole workspace as one project. Looking at every file of it
		// for each reference made its first check of 10,000 services take more than five minutes.
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			files.add(write("f" + i + "/library.svc", LIBRARY));
			files.add(write("f" + i + "/service.svc", SERVICE));
		}
		files.add(write("f0/extra.svc", "role advisor {\n\tposition back\n}\n"));
		XtextResourceSet set = resourceSets.get();
		AtomicInteger looks = new AtomicInteger();
		List<IResourceDescription> indexed = new ArrayList<>();
		for (Path file : files) {
			IResourceDescription description = descriptions.getResourceDescription(set.getResource(SvcModelLoader.uri(file), true));
			indexed.add(file.startsWith(dir.resolve("f39")) ? new Watched(description, looks) : description);
		}
		ProjectDescription project = new ProjectDescription();
		project.setName("workspace");
		project.attachToEmfObject(set);
		new ChunkedResourceDescriptions(Map.of("workspace", new ResourceDescriptionsData(indexed)), set); // attaches itself, as the server's builds do
		looks.set(0);

		assertEquals(List.of(), errors(set, "f1/service.svc"), "the service links to its own folder's library");
		assertEquals(List.of("1:6 Role 'advisor' is also declared in library.svc: all .svc files of a folder form one model, so rename one of them."),
				errors(set, "f0/extra.svc"), "a clash within the folder, none with the other 39 folders' libraries");
		assertTrue(looks.get() <= 2 * 2, "checking two files looked " + looks.get() + " times at another folder's two files");
	}

	/** A file's description that counts how often its URI is asked for: a look at the file. */
	private record Watched(IResourceDescription description, AtomicInteger looks) implements IResourceDescription {
		@Override
		public URI getURI() {
			looks.incrementAndGet();
			return description.getURI();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects() {
			return description.getExportedObjects();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
			return description.getExportedObjects(type, name, ignoreCase);
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
			return description.getExportedObjectsByType(type);
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
			return description.getExportedObjectsByObject(object);
		}

		@Override
		public boolean isEmpty() {
			return description.isEmpty();
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			return description.getImportedNames();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			return description.getReferenceDescriptions();
		}
	}

	private List<String> errors(XtextResourceSet set, String file) {
		Resource resource = set.getResource(SvcModelLoader.uri(dir.resolve(file)), true);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getMessage()).toList();
	}

	@Test
	void aChangeOfNamesTouchesItsOwnFolderOnly() throws IOException {
		// Every folder declares and uses the same names: a language server re-checks the files a
		// change touches, and a change in one folder touched all of them before.
		XtextResourceSet set = resourceSets.get();
		IResourceDescription aService = describe(set, write("a/service.svc", SERVICE));
		IResourceDescription bService = describe(set, write("b/service.svc", SERVICE));
		IResourceDescription bOther = describe(set, write("b/other.svc", "channel web \"Website\" {\n\tkind web\n}\n"));
		IResourceDescription aLibrary = describe(set, write("a/library.svc", LIBRARY));
		IResourceDescription.Delta libraryRenamed = descriptions.createDelta(aLibrary, changed("a/library.svc", LIBRARY.replace("微信", "短信")));
		ResourceDescriptionsData index = new ResourceDescriptionsData(List.of(aService, bService, bOther, aLibrary));

		assertTrue(descriptions.isAffected(List.of(libraryRenamed), aService, index), "the library's folder is checked again");
		assertFalse(descriptions.isAffected(List.of(libraryRenamed), bService, index), "a folder using the same names is not");
		IResourceDescription.Delta siblingAdded = descriptions.createDelta(null, bOther);
		assertTrue(descriptions.isAffected(List.of(siblingAdded), bService, index),
				"a new sibling's names may clash with the file's own, even names it does not use");
		assertFalse(descriptions.isAffected(List.of(siblingAdded), bOther, index), "the changed file is rebuilt anyway");
		IResourceDescription.Delta sameNames = descriptions.createDelta(aLibrary, changed("a/library.svc", "// a comment\n" + LIBRARY));
		assertFalse(descriptions.isAffected(List.of(sameNames), aService, index), "an edit that keeps the names touches nothing");
	}

	private IResourceDescription describe(XtextResourceSet set, Path file) {
		return descriptions.getResourceDescription(set.getResource(SvcModelLoader.uri(file), true));
	}

	/** The file's description after its text changed on disk, read in a fresh resource set. */
	private IResourceDescription changed(String name, String text) throws IOException {
		return describe(resourceSets.get(), write(name, text));
	}

	@Test
	void sameNameInTwoFilesIsReportedInBoth() throws IOException {
		write("a.svc", "channel web \"Website\"\n");
		write("b.svc", "// shared\nchannel web \"Web shop\"\n");
		List<String> errors = loader.validate(List.of(dir)).stream().filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR)
				.map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.message()).toList();
		assertEquals(List.of(
				"a.svc:1:9 Channel 'web' is also declared in b.svc: all .svc files of a folder form one model, so rename one of them.",
				"b.svc:2:9 Channel 'web' is also declared in a.svc: all .svc files of a folder form one model, so rename one of them."),
				errors);
	}

	@Test
	void servicesReferToEachOthersElementsByQualifiedName() throws IOException {
		write("a.svc", "service A { people { role barista } }\n");
		Path b = write("b.svc", "service B { blueprint bp { step s backstage by A.barista } }\n");
		List<SvcDiagnostic> errors = loader.validate(List.of(b)).stream()
				.filter(d -> d.severity() == SvcDiagnostic.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}
}
