package org.svcworkbench.svc.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import org.svcworkbench.svc.validation.SvcResourceValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed .svc resource to text, for the CLI and tests (no editor needed). */
public class SvcFormatting {

	@Inject private Provider<IFormatter2> formatter;
	@Inject private Provider<FormatterRequest> requests;
	@Inject private Provider<TextRegionAccessBuilder> regionAccess;

	/**
	 * True when text in the file belongs to an element the model no longer holds: a header line
	 * given twice keeps only its last value (the validator reports it). Formatting would drop text.
	 */
	public static boolean hasDetachedElements(XtextResource resource) {
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node instanceof ICompositeNode && node.hasDirectSemanticElement() && node.getSemanticElement().eResource() != resource) {
				return true;
			}
		}
		return false;
	}

	/** The formatted text, or the original text when the file has syntax errors, no declarations or lost text. */
	public String format(XtextResource resource) {
		String original = resource.getParseResult().getRootNode().getText();
		if (SvcResourceValidator.hasSyntaxErrors(resource) || resource.getContents().isEmpty() || hasDetachedElements(resource)) {
			// Never guess on a broken file; a file of comments only has nothing to lay out.
			return original;
		}
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(access);
		// Fail instead of writing a half-formatted file.
		request.setExceptionHandler(e -> {
			throw new IllegalStateException("Formatting " + resource.getURI().lastSegment() + " failed: " + e.getMessage(), e);
		});
		List<ITextReplacement> replacements = formatter.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
