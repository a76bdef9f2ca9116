package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.RelativeDeadline;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;

/** The repairs of a deadline that cannot be scheduled, as its findings say them. */
abstract class DeadlineFix implements Quickfix {

	@Override
	public void propose(FixContext context, Proposals proposals) {
		RelativeDeadline deadline = context.find(RelativeDeadline.class);
		if (deadline != null) {
			propose(context, deadline, proposals);
		}
	}

	abstract void propose(FixContext context, RelativeDeadline deadline, Proposals proposals);

	/** "1 week to 3 days": the range written the other way round. */
	static final class Inverted extends DeadlineFix {

		@Override
		public String code() {
			return IssueCodes.DEADLINE_INVERTED;
		}

		@Override
		void propose(FixContext context, RelativeDeadline deadline, Proposals proposals) {
			if (deadline.getMin() == null || deadline.getMax() == null) {
				return;
			}
			INode min = NodeModelUtils.findActualNodeFor(deadline.getMin());
			INode max = NodeModelUtils.findActualNodeFor(deadline.getMax());
			proposals.accept(context.say("fix.deadline.inverted", context.written(max), context.written(min)), context.swap(min, max));
		}
	}

	/** "0 days after visit": a deadline of no time, which 'same-day' says. */
	static final class Zero extends DeadlineFix {

		@Override
		public String code() {
			return IssueCodes.DEADLINE_IMPOSSIBLE;
		}

		@Override
		void propose(FixContext context, RelativeDeadline deadline, Proposals proposals) {
			List<INode> relation = context.nodes(deadline, SvcPackage.Literals.RELATIVE_DEADLINE__RELATION);
			if (relation.isEmpty()) {
				return;
			}
			int start = NodeModelUtils.findActualNodeFor(deadline).getOffset();
			proposals.accept(context.say("fix.deadline.zero"), List.of(context.replace(start, relation.get(0).getOffset(), "same-day ")));
		}
	}
}
