package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.QualityDimension;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** An adequate level above the desired one: most often the two numbers written the wrong way round. */
final class QualityLevelsFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.QUALITY_ADEQUATE_ABOVE_DESIRED;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		QualityDimension dimension = context.find(QualityDimension.class);
		if (dimension == null) {
			return;
		}
		List<INode> desired = context.nodes(dimension, SvcPackage.Literals.QUALITY_DIMENSION__DESIRED);
		List<INode> adequate = context.nodes(dimension, SvcPackage.Literals.QUALITY_DIMENSION__ADEQUATE);
		if (desired.size() == 1 && adequate.size() == 1) {
			proposals.accept(context.say("fix.quality.swap", context.written(adequate.get(0)), context.written(desired.get(0))),
					context.swap(desired.get(0), adequate.get(0)));
		}
	}
}
