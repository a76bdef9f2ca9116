package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.CellRelation;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** A relation to a cell the matrix does not have: relate to one of the cells it has (the relation's own cell aside). */
final class RelationTargetFix implements Quickfix {

	private static final int MOST_CELLS = 6;

	@Override
	public String code() {
		return IssueCodes.MATRIX_RELATION_NO_CELL;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		CellRelation relation = context.find(CellRelation.class);
		MatrixCell own = context.find(MatrixCell.class);
		ServiceMatrix matrix = context.find(ServiceMatrix.class);
		if (relation == null || own == null || matrix == null) {
			return;
		}
		List<INode> stage = context.nodes(relation, SvcPackage.Literals.CELL_RELATION__STAGE);
		List<INode> provider = context.nodes(relation, SvcPackage.Literals.CELL_RELATION__PROVIDER);
		if (stage.size() != 1 || provider.size() != 1) {
			return;
		}
		int start = stage.get(0).getOffset();
		int end = provider.get(0).getEndOffset();
		matrix.getCells().stream().filter(cell -> cell != own).limit(MOST_CELLS).forEach(cell -> {
			List<INode> cellStage = context.nodes(cell, SvcPackage.Literals.MATRIX_CELL__STAGE);
			List<INode> cellProvider = context.nodes(cell, SvcPackage.Literals.MATRIX_CELL__PROVIDER);
			if (cellStage.size() == 1 && cellProvider.size() == 1) {
				String target = context.written(cellStage.get(0)) + " at " + context.written(cellProvider.get(0));
				proposals.accept(context.say("fix.matrix.relate-to", target), List.of(context.replace(start, end, target)));
			}
		});
	}
}
