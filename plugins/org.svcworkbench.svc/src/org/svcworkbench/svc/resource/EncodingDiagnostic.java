package org.svcworkbench.svc.resource;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;

/** A file that is not UTF-8 text: reported at its start, instead of parsing mojibake. */
final class EncodingDiagnostic extends AbstractDiagnostic {

	private final String message;

	EncodingDiagnostic(String message) {
		this.message = message;
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getCode() {
		return SvcSyntaxErrorMessages.ENCODING;
	}

	@Override
	public String[] getData() {
		return new String[0];
	}

	@Override
	public String getMessage() {
		return message;
	}

	@Override
	public String getLocation() {
		return null;
	}

	@Override
	public int getLine() {
		return 1;
	}

	@Override
	public int getColumn() {
		return 1;
	}

	@Override
	public int getLength() {
		return 0;
	}
}
