package org.svcworkbench.svc.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.svcworkbench.svc.tests.TestModels.*;
import static org.svcworkbench.svc.validation.IssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The checks of {@link org.svcworkbench.svc.validation.MatrixValidator}: each fires on a bad model with its exact message and position, and not on the fixed one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class MatrixValidatorTest {

	@Inject private SvcTestSupport support;

	@Test
	void matrixCellOnUndeclaredProvider() {
		String bad = MATRIX.replace("CELLS", "cell buy at ⟦dealer⟧ \"Dealer sale\"");
		support.assertIssue(bad, MATRIX_PROVIDER_UNDECLARED, ERROR,
				"Channel 'dealer' is not a provider of matrix 'm': add it to 'providers' or choose one of the listed providers.");
		support.assertNoIssue(bad.replace("providers shop, hotline", "providers shop, hotline, dealer"), MATRIX_PROVIDER_UNDECLARED);
	}
	@Test
	void matrixRowsAndColumnsWithoutCells() {
		String bad = MATRIX.replace("providers shop, hotline", "providers shop, ⟦hotline⟧").replace("CELLS", "cell buy at shop \"Sale\"");
		support.assertIssue(bad, MATRIX_PROVIDER_EMPTY, WARNING,
				"Provider 'hotline' has no cell in matrix 'm': say what it provides at some stage, or remove it (D7: partners should know their role).");
		support.assertIssue(MATRIX.replace("stages buy, use", "stages buy, ⟦use⟧").replace("CELLS", "cell buy at shop \"Sale\""),
				MATRIX_STAGE_EMPTY, WARNING,
				"Stage 'use' has no cell in matrix 'm': say which provider serves customers at this stage, or remove it.");
		String full = MATRIX.replace("CELLS", "cell buy at shop \"Sale\"\ncell use at hotline \"Help\"");
		support.assertNoIssue(full, MATRIX_PROVIDER_EMPTY);
		support.assertNoIssue(full, MATRIX_STAGE_EMPTY);
	}
	@Test
	void matrixCellRepeated() {
		String bad = MATRIX.replace("CELLS", "cell buy at shop \"A\"\ncell ⟦buy⟧ at shop \"B\"");
		support.assertIssue(bad, MATRIX_CELL_REPEATED, ERROR, "There is already a cell for stage 'buy' at 'shop': merge the two cells.");
		support.assertNoIssue(bad.replace("⟦buy⟧ at shop", "use at shop"), MATRIX_CELL_REPEATED);
	}
	@Test
	void matrixRelationsNeedAnotherExistingCell() {
		String bad = MATRIX.replace("CELLS", "cell buy at shop \"Sale\" conflicts ⟦use⟧ at hotline");
		support.assertIssue(bad, MATRIX_RELATION_NO_CELL, ERROR,
				"No cell 'use at hotline' exists for this cell to conflict with: add that cell first or name an existing one.");
		support.assertNoIssue(bad + "", MATRIX_RELATION_SELF);
		String fixed = MATRIX.replace("CELLS", "cell buy at shop \"Sale\" conflicts use at hotline\ncell use at hotline \"Help\"");
		support.assertNoIssue(fixed, MATRIX_RELATION_NO_CELL);
		support.assertIssue(MATRIX.replace("CELLS", "cell buy at shop \"Sale\" reinforces ⟦buy⟧ at shop"), MATRIX_RELATION_SELF,
				WARNING, "A cell cannot reinforce itself: name another cell.");
	}
}
