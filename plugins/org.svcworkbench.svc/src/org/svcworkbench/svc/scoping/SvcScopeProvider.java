package org.svcworkbench.svc.scoping;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import com.google.common.base.Function;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.svcworkbench.svc.naming.ElementName;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Pain;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.Swot;
import org.svcworkbench.svc.svc.ValueProposition;

/**
 * Flows see only the steps of their own blueprint, answers only the pains of their proposition,
 * matrix cells only their matrix's stages; everything else resolves by (qualified) name across
 * all .svc files of the folder.
 */
public class SvcScopeProvider extends AbstractSvcScopeProvider {

	private static final Function<EObject, QualifiedName> NAMES = ElementName.INSTANCE::qualified;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == FLOW__STEPS) {
			Blueprint blueprint = EcoreUtil2.getContainerOfType(context, Blueprint.class);
			return blueprint == null ? IScope.NULLSCOPE : Scopes.scopeFor(blueprint.getSteps(), NAMES, IScope.NULLSCOPE);
		}
		if (reference == ANSWER__PAINS) {
			ValueProposition proposition = EcoreUtil2.getContainerOfType(context, ValueProposition.class);
			return proposition == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(EcoreUtil2.typeSelect(proposition.getItems(), Pain.class), NAMES, IScope.NULLSCOPE);
		}
		if (reference == SWOT_STRATEGY__USES) {
			Swot swot = EcoreUtil2.getContainerOfType(context, Swot.class);
			return swot == null ? IScope.NULLSCOPE : Scopes.scopeFor(swot.getFactors(), NAMES, IScope.NULLSCOPE);
		}
		if (reference == MATRIX_CELL__STAGE || reference == CELL_RELATION__STAGE) {
			ServiceMatrix matrix = EcoreUtil2.getContainerOfType(context, ServiceMatrix.class);
			return matrix == null ? IScope.NULLSCOPE : Scopes.scopeFor(matrix.getStages(), NAMES, IScope.NULLSCOPE);
		}
		return super.getScope(context, reference);
	}
}
