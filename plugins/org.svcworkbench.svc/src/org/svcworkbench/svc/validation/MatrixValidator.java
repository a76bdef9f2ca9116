package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

/** D7: the service matrix of lifecycle stages and providers. */
public class MatrixValidator extends SvcChecks {

	@Check
	public void checkMatrix(ServiceMatrix matrix) {
		Set<Channel> providers = new HashSet<>(matrix.getProviders());
		Map<String, MatrixCell> cells = new HashMap<>();
		for (MatrixCell cell : matrix.getCells()) {
			if (cell.getProvider() != null && !cell.getProvider().eIsProxy() && !providers.contains(cell.getProvider())) {
				error("Channel '" + cell.getProvider().getName() + "' is not a provider of matrix '" + matrix.getName()
						+ "': add it to 'providers' or choose one of the listed providers.", cell, MATRIX_CELL__PROVIDER,
						IssueCodes.MATRIX_PROVIDER_UNDECLARED);
			}
			MatrixCell earlier = cells.putIfAbsent(key(cell.getStage(), cell.getProvider()), cell);
			if (earlier != null) {
				error("There is already a cell for stage '" + cell.getStage().getName() + "' at '" + cell.getProvider().getName()
						+ "': merge the two cells.", cell, MATRIX_CELL__STAGE, IssueCodes.MATRIX_CELL_REPEATED);
			}
		}
		Set<Channel> providersWithCells = new HashSet<>();
		Set<LifecycleStage> stagesWithCells = new HashSet<>();
		matrix.getCells().forEach(cell -> {
			providersWithCells.add(cell.getProvider());
			stagesWithCells.add(cell.getStage());
		});
		for (int i = 0; i < matrix.getProviders().size(); i++) {
			Channel provider = matrix.getProviders().get(i);
			if (!provider.eIsProxy() && !providersWithCells.contains(provider)) {
				warning("Provider '" + provider.getName() + "' has no cell in matrix '" + matrix.getName()
						+ "': say what it provides at some stage, or remove it (D7: partners should know their role).", matrix,
						SERVICE_MATRIX__PROVIDERS, i, IssueCodes.MATRIX_PROVIDER_EMPTY);
			}
		}
		for (LifecycleStage stage : matrix.getStages()) {
			if (!stagesWithCells.contains(stage)) {
				warning("Stage '" + stage.getName() + "' has no cell in matrix '" + matrix.getName()
						+ "': say which provider serves customers at this stage, or remove it.", stage, LIFECYCLE_STAGE__NAME,
						IssueCodes.MATRIX_STAGE_EMPTY);
			}
		}
		for (MatrixCell cell : matrix.getCells()) {
			for (CellRelation relation : cell.getRelations()) {
				if (relation.getStage() == null || relation.getProvider() == null || relation.getStage().eIsProxy()
						|| relation.getProvider().eIsProxy()) {
					continue;
				}
				MatrixCell target = cells.get(key(relation.getStage(), relation.getProvider()));
				if (target == null) {
					error("No cell '" + relation.getStage().getName() + " at " + relation.getProvider().getName()
							+ "' exists for this cell to " + verb(relation.getKind()) + ": add that cell first or name an existing one.", relation,
							CELL_RELATION__STAGE, IssueCodes.MATRIX_RELATION_NO_CELL);
				} else if (target == cell) {
					warning("A cell cannot " + verb(relation.getKind()) + " itself: name another cell.",
							relation, CELL_RELATION__STAGE, IssueCodes.MATRIX_RELATION_SELF);
				}
			}
		}
	}

	private static String verb(CellRelationKind kind) {
		return kind == CellRelationKind.REINFORCES ? "reinforce" : "conflict with";
	}

	private static String key(LifecycleStage stage, Channel provider) {
		return System.identityHashCode(stage) + "@" + System.identityHashCode(provider);
	}
}
