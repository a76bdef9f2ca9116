package org.svcworkbench.svc.validation;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/** Positions of validation findings computed with {@link TextPositions}, which never fails. */
public class SvcDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		TextPositions positions = TextPositions.of(node.getRootNode().getText());
		IssueLocation result = new IssueLocation();
		result.offset = offset;
		result.length = length;
		result.lineNumber = positions.line(offset);
		result.column = positions.column(offset);
		result.lineNumberEnd = positions.line(offset + length);
		result.columnEnd = positions.column(offset + length);
		return result;
	}
}
