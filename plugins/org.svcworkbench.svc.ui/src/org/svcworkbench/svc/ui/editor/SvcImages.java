package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Icons of proposals and outline items. */
public final class SvcImages {

	public static final String FILE = "icons/svc-file.png";
	public static final String BLUEPRINT_VIEW = "icons/blueprint-view.png";

	private SvcImages() {
	}

	/** An icon of this bundle, cached in JFace's registry. */
	public static Image bundle(String path) {
		String key = "org.svcworkbench.svc.ui/" + path;
		Image image = JFaceResources.getImageRegistry().get(key);
		if (image == null) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle("org.svcworkbench.svc.ui", path).orElse(null);
			if (descriptor == null) {
				return null;
			}
			JFaceResources.getImageRegistry().put(key, descriptor);
			image = JFaceResources.getImageRegistry().get(key);
		}
		return image;
	}

	static Image completion(CompletionItemKind kind) {
		if (kind == null || kind == CompletionItemKind.Keyword) {
			return null;
		}
		return shared(kind == CompletionItemKind.Snippet ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJ_ELEMENT);
	}

	/** Outline icons, by the symbol kinds the language server gives (SvcSymbolKinds). */
	public static Image symbol(SymbolKind kind) {
		String icon = kind == null ? null : switch (kind) {
			case Module -> "icons/service.png";
			case Struct -> "icons/section.png";
			case Class -> "icons/blueprint.png";
			case Function -> "icons/step.png";
			case Event -> "icons/touchpoint.png";
			case Interface -> "icons/party.png";
			default -> null;
		};
		return icon == null ? shared(ISharedImages.IMG_OBJ_ELEMENT) : bundle(icon);
	}

	private static Image shared(String id) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(id);
	}
}
