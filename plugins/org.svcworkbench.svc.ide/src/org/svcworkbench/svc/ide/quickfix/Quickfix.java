package org.svcworkbench.svc.ide.quickfix;

/**
 * One kind of repair for the findings of one validation rule: looks at the finding in its model
 * and proposes zero or more labelled edits. Implementations are small and stateless.
 */
interface Quickfix {

	/** The issue code (IssueCodes) of the findings it repairs. */
	String code();

	void propose(FixContext context, Proposals proposals);

	/** Where a fix puts its proposals. */
	interface Proposals {
		void accept(String label, java.util.List<org.eclipse.lsp4j.TextEdit> edits);
	}
}
