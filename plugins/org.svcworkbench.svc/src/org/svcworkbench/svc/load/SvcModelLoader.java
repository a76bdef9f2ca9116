package org.svcworkbench.svc.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.svcworkbench.svc.load.SvcDiagnostic.Severity;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads .svc files the way the language defines a model: all .svc files of one folder together,
 * so references across files resolve. Which files and folders make up the models is
 * {@link SvcFolders}' business; checking them, {@link CheckedFolder}'s.
 */
public class SvcModelLoader {

	public static final String INTERNAL_ERROR = "svc.internal-error";

	@Inject private Provider<XtextResourceSet> resourceSets;
	@Inject private IResourceValidator validator;
	@Inject private IResourceDescription.Manager descriptionManager;

	/** The loaded models, one per folder, with the files that were asked for. */
	public record LoadedFolder(Path folder, XtextResourceSet resourceSet, List<Path> requested) {
	}

	/** Loads the whole folder of each requested file into one resource set and resolves it. */
	public LoadedFolder load(Path folder, List<Path> requested) {
		XtextResourceSet set = resourceSets.get();
		set.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		for (Path file : SvcFolders.filesOf(folder)) {
			set.getResource(uri(file), true);
		}
		for (Path file : requested) {
			set.getResource(uri(file), true);
		}
		index(set);
		EcoreUtil.resolveAll(set);
		return new LoadedFolder(folder, set, requested);
	}

	/**
	 * Indexes the folder's declarations by name before its references are resolved. Without an
	 * index Xtext looks a name up in every file of the folder: a folder of 1,000 files took 10.5 s
	 * to check instead of 6.8 s (50 folders of 20: 4.3 s either way). Loaded files do not change;
	 * a file added to the resource set later (a caller reading one more) drops the index, and names
	 * are then looked up the slow way again, never missed.
	 */
	private void index(XtextResourceSet set) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : List.copyOf(set.getResources())) {
			descriptions.add(descriptionManager.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, new ResourceDescriptionsData(descriptions));
		set.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification change) {
				if (change.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES && change.getEventType() != Notification.RESOLVE) {
					set.eAdapters().removeIf(adapter -> adapter == this || adapter instanceof ResourceDescriptionsData.ResourceSetAdapter);
				}
			}
		});
	}

	/** Syntax, linking and validation findings of the requested files, sorted by file and position. */
	public List<SvcDiagnostic> validate(LoadedFolder loaded) {
		List<SvcDiagnostic> result = new ArrayList<>();
		for (Path file : loaded.requested()) {
			try {
				Resource resource = loaded.resourceSet().getResource(uri(file), true);
				for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					result.add(toDiagnostic(file, issue));
				}
			} catch (RuntimeException e) {
				// Never pass a model that could not be read: the file fails, whatever went wrong.
				result.add(new SvcDiagnostic(file, 1, 1, Severity.ERROR,
						"This file could not be checked completely because of an internal error in svc; please report it"
								+ " with the file attached. Until then, treat the file as not valid.",
						INTERNAL_ERROR));
			}
		}
		Collections.sort(result);
		return result;
	}

	/** Convenience for tests and tools: the findings of everything the paths name, by {@link SvcFolders}' rules, in order. */
	public List<SvcDiagnostic> validate(List<Path> paths) {
		List<SvcDiagnostic> result = new ArrayList<>();
		FolderPipeline.inFolderOrder(SvcFolders.collect(paths), folder -> CheckedFolder.check(this, folder).findings(), result::addAll);
		Collections.sort(result);
		return result;
	}

	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static SvcDiagnostic toDiagnostic(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int offset = issue.getOffset() == null ? -1 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		return new SvcDiagnostic(file, line, column, severity, issue.getMessage(), issue.getCode(), offset, length,
				issue.getData() == null ? List.of() : java.util.Arrays.asList(issue.getData()));
	}
}
