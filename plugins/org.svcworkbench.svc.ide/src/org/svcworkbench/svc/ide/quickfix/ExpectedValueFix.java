package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.Orientation;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;
import org.svcworkbench.svc.vocabulary.MarketingApproach;

/** A value that disagrees with what the domain's rule derives from the element's other values: set the derived one. */
abstract class ExpectedValueFix implements Quickfix {

	/** Proposes writing value in place of the feature's value, when it is written once. */
	static void propose(FixContext context, EObject owner, EStructuralFeature feature, String value, String label, Proposals proposals) {
		List<INode> written = owner == null ? List.of() : context.nodes(owner, feature);
		if (written.size() == 1 && value != null && !value.equals(context.written(written.get(0)))) {
			proposals.accept(label, List.of(context.replace(written.get(0).getOffset(), written.get(0).getEndOffset(), value)));
		}
	}

	/** An orientation other than its product-quality × service-level quadrant (D9): the finding's data names the quadrant's. */
	static final class Quadrant extends ExpectedValueFix {

		@Override
		public String code() {
			return IssueCodes.ORIENTATION_QUADRANT;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			String expected = context.data().isEmpty() ? null : context.data().get(0);
			propose(context, context.find(Orientation.class), SvcPackage.Literals.ORIENTATION__KIND, expected,
					context.say("fix.orientation", expected), proposals);
		}
	}

	/** Transactional marketing at a close relationship level, or relationship marketing at the basic one: the other approach. */
	static final class Approach extends ExpectedValueFix {

		@Override
		public String code() {
			return IssueCodes.SEGMENT_APPROACH_LEVEL;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			Segment segment = context.find(Segment.class);
			if (segment == null) {
				return;
			}
			String other = (segment.getApproach() == MarketingApproach.TRANSACTIONAL ? MarketingApproach.RELATIONSHIP
					: MarketingApproach.TRANSACTIONAL).getLiteral();
			propose(context, segment, SvcPackage.Literals.SEGMENT__APPROACH, other, context.say("fix.approach", other), proposals);
		}
	}
}
