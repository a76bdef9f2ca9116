package org.svcworkbench.svc.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.navigator.resources.ProjectExplorer;

/**
 * The SVC perspective: projects on the left with the outline under them, the editor in the middle,
 * the service blueprint beside it, and problems, search results and properties below.
 */
public class SvcPerspective implements IPerspectiveFactory {

	public static final String ID = "org.svcworkbench.svc.ui.perspective";
	public static final String BLUEPRINT_VIEW = "org.svcworkbench.svc.ui.blueprintView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(ProjectExplorer.VIEW_ID);
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.6f, "left");
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder("org.eclipse.search.ui.views.SearchView");
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.55f, editors);
		right.addView(BLUEPRINT_VIEW);

		layout.addNewWizardShortcut("org.svcworkbench.svc.ui.newProject");
		layout.addNewWizardShortcut("org.svcworkbench.svc.ui.newFile");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addShowViewShortcut(BLUEPRINT_VIEW);
		layout.addShowViewShortcut(ProjectExplorer.VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addPerspectiveShortcut(ID);
	}
}
