package org.svcworkbench.svc.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** A finding of the language server on the text being edited (not yet saved), with its diagnostic for quick fixes. */
public final class ProblemAnnotation extends Annotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Diagnostic diagnostic;

	public ProblemAnnotation(Diagnostic diagnostic) {
		super(type(diagnostic.getSeverity()), false, diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue());
		this.diagnostic = diagnostic;
	}

	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/** The validation rule that reported it (an {@code svc.*} issue code), or null. */
	public String code() {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}

	private static String type(DiagnosticSeverity severity) {
		if (severity == null) {
			return ERROR;
		}
		return switch (severity) {
			case Error -> ERROR;
			case Warning -> WARNING;
			default -> INFO;
		};
	}
}
