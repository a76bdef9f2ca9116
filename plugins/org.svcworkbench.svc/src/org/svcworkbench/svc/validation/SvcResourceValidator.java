package org.svcworkbench.svc.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.svcworkbench.svc.linking.SvcLinkingDiagnosticMessages;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.parser.SyntaxErrorPlace;
import org.svcworkbench.svc.parser.UnicodeNames;

/**
 * Validation of one .svc file, so that one mistake reads as one message:
 * <ul>
 * <li>a file with syntax errors gets only those: the first error the parser met, plus every stray
 * character, unclosed text and encoding problem (each a mistake of its own). Linking and the domain
 * rules are skipped there, because error recovery invents and drops elements;</li>
 * <li>a finding whose position cannot be computed is still reported, at the file's start.</li>
 * </ul>
 */
public class SvcResourceValidator extends ResourceValidatorImpl {

	public static final String INTERNAL_ERROR = "svc.internal-error";

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
		if (resource instanceof XtextResource file && hasSyntaxErrors(file)) {
			return syntaxIssues(file);
		}
		List<Issue> issues = super.validate(resource, mode, monitor);
		return withoutReferencesIntoBrokenFiles(resource, issues);
	}

	/**
	 * An unknown name in a clean file that a sibling with syntax errors mentions was most likely
	 * declared in the part of that file the parser could not read: reporting it would make one
	 * mistake look like many, and the sibling's syntax error already fails the model.
	 */
	private static List<Issue> withoutReferencesIntoBrokenFiles(Resource resource, List<Issue> issues) {
		if (resource.getResourceSet() == null || issues.stream().noneMatch(SvcResourceValidator::isUnknownReference)) {
			return issues;
		}
		List<String> brokenTexts = new ArrayList<>();
		for (Resource sibling : List.copyOf(resource.getResourceSet().getResources())) {
			if (sibling != resource && sibling instanceof XtextResource x && x.getParseResult() != null && hasSyntaxErrors(x)) {
				String text = x.getParseResult().getRootNode().getText();
				if (text.isEmpty()) {
					return issues.stream().filter(i -> !isUnknownReference(i)).toList(); // unreadable: it may declare anything
				}
				brokenTexts.add(text);
			}
		}
		if (brokenTexts.isEmpty()) {
			return issues;
		}
		return issues.stream().filter(i -> !isUnknownReference(i) || i.getData() == null || i.getData().length == 0
				|| brokenTexts.stream().noneMatch(text -> mentions(text, i.getData()[0]))).toList();
	}

	private static boolean isUnknownReference(Issue issue) {
		return SvcLinkingDiagnosticMessages.UNKNOWN_REFERENCE.equals(issue.getCode());
	}

	/** True when the text holds the name as a whole word (possibly ^-escaped). */
	static boolean mentions(String text, String name) {
		if (name == null || name.isEmpty()) {
			return false;
		}
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			int end = at + name.length();
			boolean startsWord = at == 0 || !isNameChar(text.charAt(at - 1)) || text.charAt(at - 1) == '^';
			boolean endsWord = end == text.length() || !isNameChar(text.charAt(end));
			if (startsWord && endsWord) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNameChar(char c) {
		// surrogates: half of a letter beyond the first plane (𠮷); marks continue a name too (see UnicodeNames)
		return Character.isLetterOrDigit(c) || c == '_' || c == '^' || Character.isSurrogate(c) || UnicodeNames.isNamePart(c);
	}

	/** True when the file did not parse cleanly (or is not UTF-8 text). */
	public static boolean hasSyntaxErrors(Resource resource) {
		for (Resource.Diagnostic d : resource.getErrors()) {
			if (isSyntaxError(d)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSyntaxError(Resource.Diagnostic d) {
		return d instanceof XtextSyntaxDiagnostic
				|| (d instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic a && SvcSyntaxErrorMessages.ENCODING.equals(a.getCode()));
	}

	private List<Issue> syntaxIssues(XtextResource file) {
		List<Issue> all = new ArrayList<>();
		for (Resource.Diagnostic d : file.getErrors()) {
			if (isSyntaxError(d)) {
				all.add(toIssue(file, d, Severity.ERROR));
			}
		}
		all.sort(Comparator.comparingInt(Issue::getOffset));
		List<Issue> reported = new ArrayList<>();
		boolean firstReported = false;
		boolean independentSeen = false;
		boolean runaway = false;
		for (Issue issue : all) {
			boolean independent = SvcSyntaxErrorMessages.INDEPENDENT.contains(issue.getCode());
			if (runaway && SvcSyntaxErrorMessages.UNCLOSED_TEXT.equals(issue.getCode())) {
				continue; // the quotes after a missing one pair up wrongly, down to the end of the file
			}
			runaway |= SvcSyntaxErrorMessages.RUNAWAY_TEXT.equals(issue.getCode()) && !independentSeen;
			if (independent) {
				reported.add(issue);
				independentSeen = true;
			} else if (!firstReported && !independentSeen) {
				reported.add(issue); // later parse errors are mostly recovery's echoes of this one
				firstReported = true;
			}
		}
		return reported;
	}

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		for (Resource.Diagnostic d : List.copyOf(resource.getErrors())) {
			acceptor.accept(toIssue(resource, d, Severity.ERROR));
		}
		for (Resource.Diagnostic d : List.copyOf(resource.getWarnings())) {
			acceptor.accept(toIssue(resource, d, Severity.WARNING));
		}
	}

	@Override
	protected void issueFromEValidatorDiagnostic(org.eclipse.emf.common.util.Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		try {
			super.issueFromEValidatorDiagnostic(diagnostic, acceptor);
		} catch (RuntimeException e) {
			acceptor.accept(atStart(diagnostic.getMessage(), null, Severity.ERROR, CheckType.NORMAL));
		}
	}

	/** An issue for a parser, lexer or linking diagnostic, positioned without Xtext's fragile line computation. */
	private static Issue toIssue(Resource resource, Resource.Diagnostic d, Severity severity) {
		String message = d.getMessage();
		String code = d instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic a ? a.getCode() : null;
		try {
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSeverity(severity);
			issue.setMessage(message);
			issue.setCode(code);
			issue.setSyntaxError(d instanceof XtextSyntaxDiagnostic);
			issue.setType(CheckType.FAST);
			if (d instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic a) {
				issue.setData(a.getData());
				issue.setUriToProblem(a.getUriToProblem());
			}
			int offset = d instanceof Diagnostic x ? x.getOffset() : 0;
			int length = d instanceof Diagnostic x ? x.getLength() : 0;
			int[] place = d instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic a ? SyntaxErrorPlace.of(a.getData()) : null;
			if (place != null) {
				offset = place[0]; // a syntax error that belongs to the end of the line before
				length = place[1];
				issue.setData(null);
			}
			String text = resource instanceof XtextResource x && x.getParseResult() != null
					? x.getParseResult().getRootNode().getText()
					: null;
			if (text != null) {
				TextPositions positions = TextPositions.of(text);
				issue.setOffset(offset);
				issue.setLength(length);
				issue.setLineNumber(positions.line(offset));
				issue.setColumn(positions.column(offset));
				issue.setLineNumberEnd(positions.line(offset + length));
				issue.setColumnEnd(positions.column(offset + length));
			} else {
				issue.setOffset(0);
				issue.setLength(0);
				issue.setLineNumber(Math.max(1, d.getLine()));
				issue.setColumn(Math.max(1, d.getColumn()));
			}
			return issue;
		} catch (RuntimeException e) {
			return atStart(message, code, severity, CheckType.FAST);
		}
	}

	/** The last resort: the finding at the file's start, so that it is never lost. */
	private static Issue atStart(String message, String code, Severity severity, CheckType type) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(severity);
		issue.setMessage((message == null ? "A problem was found" : message)
				+ " (its exact position could not be computed; it is shown at the start of the file)");
		issue.setCode(code == null ? INTERNAL_ERROR : code);
		issue.setType(type);
		issue.setOffset(0);
		issue.setLength(0);
		issue.setLineNumber(1);
		issue.setColumn(1);
		return issue;
	}
}
