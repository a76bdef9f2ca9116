package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** A matrix whose providers line and cells disagree: the line is made to match the cells. */
abstract class MatrixProviderFix implements Quickfix {

	/** A cell at a channel the providers line does not list: list it. */
	static final class Undeclared extends MatrixProviderFix {

		@Override
		public String code() {
			return IssueCodes.MATRIX_PROVIDER_UNDECLARED;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			MatrixCell cell = context.find(MatrixCell.class);
			ServiceMatrix matrix = context.find(ServiceMatrix.class);
			if (cell == null || matrix == null) {
				return;
			}
			List<INode> provider = context.nodes(cell, SvcPackage.Literals.MATRIX_CELL__PROVIDER);
			List<INode> providers = context.nodes(matrix, SvcPackage.Literals.SERVICE_MATRIX__PROVIDERS);
			if (provider.size() == 1 && !providers.isEmpty()) {
				String name = context.written(provider.get(0));
				proposals.accept("Add '" + name + "' to the providers of matrix '" + matrix.getName() + "'",
						List.of(context.insert(providers.get(providers.size() - 1).getEndOffset(), ", " + name)));
			}
		}
	}

	/** A provider without a cell: take it off the line (a matrix keeps at least one provider). */
	static final class Empty extends MatrixProviderFix {

		@Override
		public String code() {
			return IssueCodes.MATRIX_PROVIDER_EMPTY;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			ServiceMatrix matrix = context.find(ServiceMatrix.class);
			if (matrix == null) {
				return;
			}
			List<INode> providers = context.nodes(matrix, SvcPackage.Literals.SERVICE_MATRIX__PROVIDERS);
			int start = context.start();
			for (int i = 0; i < providers.size() && providers.size() > 1; i++) {
				if (providers.get(i).getOffset() == start) {
					proposals.accept("Remove '" + context.written(providers.get(i)) + "' from the providers",
							List.of(context.removeFromList(providers, i)));
				}
			}
		}
	}
}
