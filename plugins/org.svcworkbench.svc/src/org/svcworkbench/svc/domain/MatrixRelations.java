package org.svcworkbench.svc.domain;

import java.util.EnumSet;
import java.util.Set;

import org.svcworkbench.svc.svc.CellRelation;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.LifecycleStage;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.vocabulary.CellRelationKind;

/** D7: the relations of a service matrix that touch one position (a lifecycle stage at a provider), from either end. */
public class MatrixRelations {

	public Set<CellRelationKind> kindsAt(ServiceMatrix matrix, LifecycleStage stage, Channel provider) {
		Set<CellRelationKind> kinds = EnumSet.noneOf(CellRelationKind.class);
		if (stage == null || provider == null) {
			return kinds;
		}
		for (MatrixCell cell : matrix.getCells()) {
			boolean from = cell.getStage() == stage && cell.getProvider() == provider;
			for (CellRelation relation : cell.getRelations()) {
				boolean to = relation.getStage() == stage && relation.getProvider() == provider;
				if ((from || to) && relation.getKind() != null && relation.getStage() != null && relation.getProvider() != null) {
					kinds.add(relation.getKind());
				}
			}
		}
		return kinds;
	}
}
