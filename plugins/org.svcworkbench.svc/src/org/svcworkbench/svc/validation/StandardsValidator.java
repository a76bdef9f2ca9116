package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.Deadlines;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

import com.google.inject.Inject;

/** D6: service standards, deadlines and escalation. */
public class StandardsValidator extends SvcChecks {

	@Inject private Deadlines deadlines;

	@Check
	public void checkStandard(Standard standard) {
		if (standard.getDeadline() == null && standard.getBehaviour() == null) {
			warning("Standard '" + standard.getName() + "' has no deadline: add e.g. 'deadline within 2 days after <event>', "
					+ "or, for a standard of behaviour that holds at every encounter, say when it applies ('behavioural \"whenever a guest comes within three metres\"').",
					standard, STANDARD__NAME, IssueCodes.STANDARD_NO_DEADLINE);
		} else if (standard.getDeadline() != null && standard.getBehaviour() != null) {
			error("Standard '" + standard.getName() + "' is behavioural and has a deadline: a behavioural standard holds at every encounter; "
					+ "remove 'behavioural' to keep the deadline, or the deadline to keep the behaviour.",
					standard, STANDARD__BEHAVIOUR, IssueCodes.STANDARD_BEHAVIOUR_WITH_DEADLINE);
		}
		if (standard.getOwner() == null) {
			warning("Standard '" + standard.getName() + "' has no owner: add 'owner <role>'.", standard, STANDARD__NAME,
					IssueCodes.STANDARD_NO_OWNER);
		} else if (standard.getDeputy() != null && standard.getDeputy() == standard.getOwner()) {
			warning("The deputy of standard '" + standard.getName() + "' is its owner: name someone who covers when the owner is away.",
					standard, STANDARD__DEPUTY, IssueCodes.STANDARD_DEPUTY_IS_OWNER);
		}
		if (standard.getOwner() != null && standard.getEscalation() != null
				&& standard.getEscalation().getTo() == standard.getOwner()) {
			warning("Standard '" + standard.getName() + "' escalates to its own owner: escalate to the person who can decide, such as a supervisor.",
					standard.getEscalation(), ESCALATION__TO, IssueCodes.ESCALATION_TO_OWNER);
		}
		checkEscalationBeforeDeadline(standard);
		deadlines.anchorCycle(standard).ifPresent(cycle -> error("The deadlines of "
				+ cycle.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(" -> "))
				+ " depend on each other in a circle, so none can be scheduled: anchor one of them on an event.",
				standard.getDeadline(), RELATIVE_DEADLINE__ANCHOR, IssueCodes.DEADLINE_CYCLE));
		checkAnchorDated(standard);
	}

	/** D6: a deadline counted from a standard that has none can never be put on a calendar. */
	private void checkAnchorDated(Standard standard) {
		if (!(standard.getDeadline() instanceof RelativeDeadline deadline) || !(deadline.getAnchor() instanceof Standard)) {
			return;
		}
		deadlines.anchorRoot(standard).filter(root -> root != standard && root.getDeadline() == null).ifPresent(root -> warning(
				"Standard '" + standard.getName() + "' counts from '" + root.getName() + "', which has no deadline, so no due date can be given: "
						+ "give '" + root.getName() + "' a deadline or count '" + standard.getName() + "' from an event.",
				deadline, RELATIVE_DEADLINE__ANCHOR, IssueCodes.DEADLINE_ANCHOR_UNDATED));
	}

	/** D6: escalating is a way to keep a deadline, so it must happen before the deadline has passed. */
	private void checkEscalationBeforeDeadline(Standard standard) {
		Escalation escalation = standard.getEscalation();
		if (escalation == null || escalation.getWithin() == null || escalation.getWithin().getUnit() == null
				|| !(standard.getDeadline() instanceof RelativeDeadline deadline) || deadline.getRelation() != DeadlineRelation.AFTER) {
			return;
		}
		deadlines.window(deadline).filter(w -> !w.isOpenEnded() && !w.isInverted()).ifPresent(window -> {
			if (deadlines.minutes(escalation.getWithin()).compareTo(window.latest()) >= 0) {
				warning("Standard '" + standard.getName() + "' escalates within " + describe(escalation.getWithin())
						+ ", when its deadline has passed already: escalate sooner than the deadline ("
						+ (deadline.isSameDay() ? "the same day" : describe(deadline.getMax() != null ? deadline.getMax() : deadline.getMin()))
						+ ") so the supervisor can still help.",
						escalation, ESCALATION__WITHIN, IssueCodes.ESCALATION_AFTER_DEADLINE);
			}
		});
	}

	@Check
	public void checkDeadlineWindow(RelativeDeadline deadline) {
		deadlines.window(deadline).ifPresent(window -> {
			if (window.isInverted()) {
				error("The deadline range ends before it starts (" + describe(deadline.getMin()) + " to "
						+ describe(deadline.getMax()) + "): write the shorter duration first.", deadline,
						RELATIVE_DEADLINE__MIN, IssueCodes.DEADLINE_INVERTED);
			} else if (window.isEmpty()) {
				error("A deadline of zero time cannot be met: use 'same-day' or give a duration greater than 0.", deadline,
						deadline.getMax() != null ? RELATIVE_DEADLINE__MAX : RELATIVE_DEADLINE__MIN,
						IssueCodes.DEADLINE_IMPOSSIBLE);
			}
		});
	}

	@Check
	public void checkRecurringDeadline(RecurringDeadline deadline) {
		if (deadline.getCount() != null && deadline.getCount().signum() == 0) {
			error("'every 0 " + deadline.getUnit().getLiteral() + "' never recurs: give a period greater than 0.", deadline,
					RECURRING_DEADLINE__COUNT, IssueCodes.DEADLINE_IMPOSSIBLE);
		}
	}

	@Check
	public void checkEscalation(Escalation escalation) {
		if (escalation.getWithin() != null && escalation.getWithin().getValue().signum() == 0) {
			error("Escalating within zero time cannot be met: give a duration greater than 0.", escalation,
					ESCALATION__WITHIN, IssueCodes.DEADLINE_IMPOSSIBLE);
		}
	}

	private static String describe(Duration duration) {
		if (duration == null) {
			return "an unknown time";
		}
		String unit = duration.getUnit().getName().toLowerCase().replace('_', '-');
		return plain(duration.getValue()) + " " + (duration.getValue().compareTo(BigDecimal.ONE) == 0 ? unit.replaceAll("s$", "") : unit);
	}
}
