package org.svcworkbench.svc.ui.outline;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.svcworkbench.svc.ui.SvcUiPlugin;

/**
 * The Outline's toolbar, as in Eclipse's own editors: sort by name, link with the editor (the item
 * around the caret is selected as the caret moves), collapse all. Sort and link are remembered.
 */
final class OutlineActions {

	static final String SORTED = "outline.sorted";
	static final String LINKED = "outline.linked";

	private OutlineActions() {
	}

	static void contribute(IToolBarManager toolBar, TreeViewer viewer, SvcOutlinePage page) {
		IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, SvcUiPlugin.ID);
		store.setDefault(LINKED, true);

		Action sort = new Action("Sort by Name", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				store.setValue(SORTED, isChecked());
				viewer.setComparator(isChecked() ? new ViewerComparator() : null);
			}
		};
		sort.setId("org.svcworkbench.svc.ui.outline.sort");
		sort.setToolTipText("Sort by Name (otherwise in the order of the text)");
		sort.setImageDescriptor(ResourceLocator.imageDescriptorFromBundle(SvcUiPlugin.ID, "icons/sort.png").orElse(null));
		sort.setChecked(store.getBoolean(SORTED));
		viewer.setComparator(sort.isChecked() ? new ViewerComparator() : null);

		Action link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				store.setValue(LINKED, isChecked());
				page.setLinked(isChecked());
			}
		};
		link.setId("org.svcworkbench.svc.ui.outline.link");
		link.setToolTipText("Link with Editor");
		link.setImageDescriptor(shared(ISharedImages.IMG_ELCL_SYNCED));
		link.setChecked(store.getBoolean(LINKED));
		page.setLinked(link.isChecked());

		Action collapse = new Action("Collapse All") {
			@Override
			public void run() {
				viewer.collapseAll();
			}
		};
		collapse.setId("org.svcworkbench.svc.ui.outline.collapse");
		collapse.setToolTipText("Collapse All");
		collapse.setImageDescriptor(shared(ISharedImages.IMG_ELCL_COLLAPSEALL));

		toolBar.add(sort);
		toolBar.add(link);
		toolBar.add(collapse);
	}

	private static ImageDescriptor shared(String id) {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(id);
	}
}
