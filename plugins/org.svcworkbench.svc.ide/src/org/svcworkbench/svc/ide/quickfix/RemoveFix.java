package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.nodemodel.INode;
import org.svcworkbench.svc.svc.CellRelation;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.validation.IssueCodes;

/** Text that repeats or contradicts the rest of its element: removed (where both sides may be meant, either). */
abstract class RemoveFix implements Quickfix {

	/** Two clauses that contradict each other: one proposal keeps the first and removes the second, one the other way. */
	static void keepEither(FixContext context, EObject owner, EStructuralFeature first, String keepFirst, EStructuralFeature second,
			String keepSecond, Proposals proposals) {
		TextEdit withoutFirst = context.removeClause(owner, first);
		TextEdit withoutSecond = context.removeClause(owner, second);
		if (withoutFirst != null && withoutSecond != null) {
			proposals.accept(keepFirst, List.of(withoutSecond));
			proposals.accept(keepSecond, List.of(withoutFirst));
		}
	}

	/** A deputy who is the owner: a standard needs none then. */
	static final class DeputyIsOwner extends RemoveFix {

		@Override
		public String code() {
			return IssueCodes.STANDARD_DEPUTY_IS_OWNER;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			Standard standard = context.find(Standard.class);
			if (standard == null || standard.getDeputy() == null) {
				return;
			}
			proposals.accept(context.say("fix.deputy.remove"),
					List.of(context.removeClause(standard, SvcPackage.Literals.STANDARD__DEPUTY)));
		}
	}

	/** A touchpoint with a channel that says it has none: one of the two goes. */
	static final class ChannelConflict extends RemoveFix {

		@Override
		public String code() {
			return IssueCodes.TOUCHPOINT_CHANNEL_CONFLICT;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			Touchpoint touchpoint = context.find(Touchpoint.class);
			if (touchpoint == null || touchpoint.getChannel() == null || touchpoint.getNoChannelReason() == null) {
				return;
			}
			List<INode> channel = context.nodes(touchpoint, SvcPackage.Literals.TOUCHPOINT__CHANNEL);
			if (!channel.isEmpty()) {
				String name = context.written(channel.get(0));
				keepEither(context, touchpoint, SvcPackage.Literals.TOUCHPOINT__CHANNEL, context.say("fix.channel-conflict.keep-channel", name),
						SvcPackage.Literals.TOUCHPOINT__NO_CHANNEL_REASON, context.say("fix.channel-conflict.keep-none", name), proposals);
			}
		}
	}

	/** A behavioural standard with a deadline: it is one or the other. */
	static final class BehaviourWithDeadline extends RemoveFix {

		@Override
		public String code() {
			return IssueCodes.STANDARD_BEHAVIOUR_WITH_DEADLINE;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			Standard standard = context.find(Standard.class);
			if (standard == null || standard.getDeadline() == null || standard.getBehaviour() == null) {
				return;
			}
			keepEither(context, standard, SvcPackage.Literals.STANDARD__DEADLINE, context.say("fix.standard.keep-deadline"),
					SvcPackage.Literals.STANDARD__BEHAVIOUR, context.say("fix.standard.keep-behaviour"), proposals);
		}
	}

	/** A cell that reinforces or conflicts with itself. */
	static final class SelfRelation extends RemoveFix {

		@Override
		public String code() {
			return IssueCodes.MATRIX_RELATION_SELF;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			CellRelation relation = context.find(CellRelation.class);
			if (relation != null) {
				proposals.accept(context.say("fix.matrix.remove-relation"), List.of(context.removeLines(relation)));
			}
		}
	}
}
