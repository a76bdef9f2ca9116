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
				error(say("matrix.provider-undeclared", cell.getProvider().getName(), matrix.getName()), cell, MATRIX_CELL__PROVIDER,
						IssueCodes.MATRIX_PROVIDER_UNDECLARED);
			}
			MatrixCell earlier = cells.putIfAbsent(key(cell.getStage(), cell.getProvider()), cell);
			if (earlier != null) {
				error(say("matrix.cell-repeated", cell.getStage().getName(), cell.getProvider().getName()), cell, MATRIX_CELL__STAGE, IssueCodes.MATRIX_CELL_REPEATED);
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
				warning(say("matrix.provider-empty", provider.getName(), matrix.getName()), matrix,
						SERVICE_MATRIX__PROVIDERS, i, IssueCodes.MATRIX_PROVIDER_EMPTY);
			}
		}
		for (LifecycleStage stage : matrix.getStages()) {
			if (!stagesWithCells.contains(stage)) {
				warning(say("matrix.stage-empty", stage.getName(), matrix.getName()), stage, LIFECYCLE_STAGE__NAME,
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
					error(say("matrix.relation-no-cell." + relation.getKind().getName(), relation.getStage().getName(),
							relation.getProvider().getName()), relation,
							CELL_RELATION__STAGE, IssueCodes.MATRIX_RELATION_NO_CELL);
				} else if (target == cell) {
					warning(say("matrix.relation-self." + relation.getKind().getName()),
							relation, CELL_RELATION__STAGE, IssueCodes.MATRIX_RELATION_SELF);
				}
			}
		}
	}

	private static String key(LifecycleStage stage, Channel provider) {
		return System.identityHashCode(stage) + "@" + System.identityHashCode(provider);
	}
}
