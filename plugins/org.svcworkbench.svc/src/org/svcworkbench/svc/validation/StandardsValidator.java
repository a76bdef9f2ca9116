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
			warning(say("standard.no-deadline", standard.getName()),
					standard, STANDARD__NAME, IssueCodes.STANDARD_NO_DEADLINE);
		} else if (standard.getDeadline() != null && standard.getBehaviour() != null) {
			error(say("standard.behaviour-with-deadline", standard.getName()),
					standard, STANDARD__BEHAVIOUR, IssueCodes.STANDARD_BEHAVIOUR_WITH_DEADLINE);
		}
		if (standard.getOwner() == null) {
			warning(say("standard.no-owner", standard.getName()), standard, STANDARD__NAME,
					IssueCodes.STANDARD_NO_OWNER);
		} else if (standard.getDeputy() != null && standard.getDeputy() == standard.getOwner()) {
			warning(say("standard.deputy-is-owner", standard.getName()),
					standard, STANDARD__DEPUTY, IssueCodes.STANDARD_DEPUTY_IS_OWNER);
		}
		if (standard.getOwner() != null && standard.getEscalation() != null
				&& standard.getEscalation().getTo() == standard.getOwner()) {
			warning(say("escalation.to-owner", standard.getName()),
					standard.getEscalation(), ESCALATION__TO, IssueCodes.ESCALATION_TO_OWNER);
		}
		checkEscalationBeforeDeadline(standard);
		deadlines.anchorCycle(standard).ifPresent(cycle -> error(say("deadline.cycle",
				cycle.stream().map(s -> findings().quoted(s.getName())).collect(Collectors.joining(say("deadline.cycle.arrow")))),
				standard.getDeadline(), RELATIVE_DEADLINE__ANCHOR, IssueCodes.DEADLINE_CYCLE));
		checkAnchorDated(standard);
	}

	/** D6: a deadline counted from a standard that has none can never be put on a calendar. */
	private void checkAnchorDated(Standard standard) {
		if (!(standard.getDeadline() instanceof RelativeDeadline deadline) || !(deadline.getAnchor() instanceof Standard)) {
			return;
		}
		deadlines.anchorRoot(standard).filter(root -> root != standard && root.getDeadline() == null).ifPresent(root -> warning(
				say("deadline.anchor-undated", standard.getName(), root.getName()),
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
				warning(say("escalation.after-deadline", standard.getName(), describe(escalation.getWithin()),
						deadline.isSameDay() ? say("deadline.same-day") : describe(deadline.getMax() != null ? deadline.getMax() : deadline.getMin())),
						escalation, ESCALATION__WITHIN, IssueCodes.ESCALATION_AFTER_DEADLINE);
			}
		});
	}

	@Check
	public void checkDeadlineWindow(RelativeDeadline deadline) {
		deadlines.window(deadline).ifPresent(window -> {
			if (window.isInverted()) {
				error(say("deadline.inverted", describe(deadline.getMin()), describe(deadline.getMax())), deadline,
						RELATIVE_DEADLINE__MIN, IssueCodes.DEADLINE_INVERTED);
			} else if (window.isEmpty()) {
				error(say("deadline.zero"), deadline,
						deadline.getMax() != null ? RELATIVE_DEADLINE__MAX : RELATIVE_DEADLINE__MIN,
						IssueCodes.DEADLINE_IMPOSSIBLE);
			}
		});
	}

	@Check
	public void checkRecurringDeadline(RecurringDeadline deadline) {
		if (deadline.getCount() != null && deadline.getCount().signum() == 0) {
			error(say("deadline.every-zero", deadline.getUnit().getLiteral()), deadline,
					RECURRING_DEADLINE__COUNT, IssueCodes.DEADLINE_IMPOSSIBLE);
		}
	}

	@Check
	public void checkEscalation(Escalation escalation) {
		if (escalation.getWithin() != null && escalation.getWithin().getValue().signum() == 0) {
			error(say("escalation.zero"), escalation,
					ESCALATION__WITHIN, IssueCodes.DEADLINE_IMPOSSIBLE);
		}
	}

	private String describe(Duration duration) {
		return duration == null ? findings().duration(null, null) : findings().duration(duration.getValue(), duration.getUnit());
	}
}
