package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.LifecycleStage;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** A matrix whose stages or providers line and cells disagree: the line is made to match the cells. */
abstract class MatrixLinesFix implements Quickfix {

	/** A cell at a channel the providers line does not list: list it. */
	static final class Undeclared extends MatrixLinesFix {

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
				proposals.accept(context.say("fix.matrix.add-provider", name, matrix.getName()),
						List.of(context.insert(providers.get(providers.size() - 1).getEndOffset(), ", " + name)));
			}
		}
	}

	/** A provider without a cell: take it off the line (a matrix keeps at least one provider). */
	static final class EmptyProvider extends MatrixLinesFix {

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
					proposals.accept(context.say("fix.matrix.remove-provider", context.written(providers.get(i))),
							List.of(context.removeFromList(providers, i)));
				}
			}
		}
	}

	/** A stage without a cell: take it off the line (a matrix keeps at least one stage). */
	static final class EmptyStage extends MatrixLinesFix {

		@Override
		public String code() {
			return IssueCodes.MATRIX_STAGE_EMPTY;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			LifecycleStage stage = context.find(LifecycleStage.class);
			ServiceMatrix matrix = context.find(ServiceMatrix.class);
			if (stage == null || matrix == null || matrix.getStages().size() < 2) {
				return;
			}
			int index = matrix.getStages().indexOf(stage);
			proposals.accept(context.say("fix.matrix.remove-stage", stage.getName()),
					List.of(context.removeFromList(context.nodes(matrix, SvcPackage.Literals.SERVICE_MATRIX__STAGES), index)));
		}
	}
}
